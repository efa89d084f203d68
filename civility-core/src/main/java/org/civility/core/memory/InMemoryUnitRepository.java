package org.civility.core.memory;

import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@link UnitRepository} in memory: thread-safe, keeps snapshots (a caller's later changes to a unit
 * never reach the store), bumps the version on every store.
 */
public final class InMemoryUnitRepository implements UnitRepository {

    /** Ties broken by the id's text form, which sorts like a database's uuid or char(36) column. */
    private static final Comparator<Unit> BY_NAME_THEN_ID =
            Comparator.comparing(Unit::name).thenComparing(u -> u.id().toString());

    private final Map<UnitId, Unit> units = new HashMap<>();

    @Override
    public synchronized Optional<Unit> find(UnitId id) {
        return Optional.ofNullable(units.get(id)).map(u -> copy(u, u.version()));
    }

    @Override
    public synchronized Unit store(Unit unit) {
        long actual = Optional.ofNullable(units.get(unit.id())).map(Unit::version).orElse(0L);
        if (unit.version() != actual) {
            throw CivilityException.of(SharedError.STALE_VERSION,
                    "what", "unit", "id", unit.id(), "expected", unit.version(), "actual", actual);
        }
        Unit stored = copy(unit, actual + 1);
        units.put(stored.id(), stored);
        return copy(stored, stored.version());
    }

    @Override
    public synchronized Page<Unit> children(UnitId parent, PageRequest page) {
        return query(u -> u.parent().filter(parent::equals).isPresent(), page);
    }

    @Override
    public synchronized Page<Unit> roots(PageRequest page) {
        return query(u -> u.parent().isEmpty(), page);
    }

    @Override
    public synchronized Optional<UnitId> parentOf(UnitId id) {
        return Optional.ofNullable(units.get(id)).flatMap(Unit::parent);
    }

    private Page<Unit> query(Predicate<Unit> filter, PageRequest page) {
        List<Unit> matching = units.values().stream()
                .filter(filter)
                .sorted(BY_NAME_THEN_ID)
                .map(u -> copy(u, u.version()))
                .toList();
        return Page.of(matching, page);
    }

    private static Unit copy(Unit u, long version) {
        return Unit.restore(u.id(), u.tier(), u.name(), u.parent(), u.regionCode(), u.address(),
                u.leadership(), u.staff(), u.grids(), u.partners(), u.dissolved(), version);
    }
}
