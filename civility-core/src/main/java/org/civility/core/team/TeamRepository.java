package org.civility.core.team;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;

import java.util.Optional;

/** Where teams are kept. Implemented by the persistence adapter and {@code InMemoryTeamRepository}. */
public interface TeamRepository {

    Optional<Team> find(TeamId id);

    /**
     * Inserts or updates, members included; returns the team as stored, with its new version.
     *
     * @throws CivilityException {@code STALE-VERSION} if {@code team.version()} differs from the stored one
     */
    Team store(Team team);

    /** Teams of exactly {@code unit}, ordered by name, then id (as text). */
    Page<Team> byUnit(UnitId unit, PageRequest page);
}
