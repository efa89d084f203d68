package org.civility.core.memory;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.team.Team;
import org.civility.core.team.TeamId;
import org.civility.core.team.TeamRepository;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** Teams in memory, as snapshots: thread-safe; what callers hold never changes what is stored. */
public final class InMemoryTeamRepository implements TeamRepository {

    private static final Comparator<Team> ORDER = Comparator.comparing(Team::name).thenComparing(t -> t.id().value().toString());

    private final Map<TeamId, Team> byId = new HashMap<>();

    @Override
    public synchronized Optional<Team> find(TeamId id) {
        return Optional.ofNullable(byId.get(id)).map(t -> copy(t, t.version()));
    }

    @Override
    public synchronized Team store(Team team) {
        requireNonNull(team, "team");
        Team current = byId.get(team.id());
        long storedVersion = current == null ? 0 : current.version();
        if (team.version() != storedVersion) {
            throw CivilityException.of(SharedError.STALE_VERSION, "what", "team", "id", team.id(),
                    "expected", team.version(), "actual", storedVersion);
        }
        Team stored = copy(team, storedVersion + 1);
        byId.put(stored.id(), stored);
        return copy(stored, stored.version());
    }

    @Override
    public synchronized Page<Team> byUnit(UnitId unit, PageRequest page) {
        return Page.of(byId.values().stream().filter(t -> t.unit().equals(unit)).sorted(ORDER)
                .map(t -> copy(t, t.version())).toList(), page);
    }

    private static Team copy(Team t, long version) {
        return Team.restore(t.id(), t.unit(), t.kind(), t.name(), t.formedAt(), t.members(), version);
    }
}
