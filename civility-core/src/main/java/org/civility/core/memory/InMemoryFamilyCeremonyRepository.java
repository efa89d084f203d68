package org.civility.core.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.civility.core.celebration.CeremonyId;
import org.civility.core.celebration.FamilyCeremony;
import org.civility.core.celebration.FamilyCeremonyRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;

/** Family ceremonies in memory, as snapshots: thread-safe; callers never share state with the store. */
public final class InMemoryFamilyCeremonyRepository implements FamilyCeremonyRepository {

    private static final Comparator<FamilyCeremony> BY_DATE_THEN_ID =
            Comparator.comparing(FamilyCeremony::date).thenComparing(c -> c.id().toString());

    private final Map<CeremonyId, FamilyCeremony> ceremonies = new HashMap<>();

    @Override
    public synchronized Optional<FamilyCeremony> find(CeremonyId id) {
        return Optional.ofNullable(ceremonies.get(id)).map(c -> copy(c, c.version()));
    }

    @Override
    public synchronized FamilyCeremony store(FamilyCeremony ceremony) {
        FamilyCeremony current = ceremonies.get(ceremony.id());
        long actual = current == null ? 0 : current.version();
        if (ceremony.version() != actual) {
            throw CivilityException.of(SharedError.STALE_VERSION, "what", "ceremony", "id", ceremony.id(),
                    "expected", ceremony.version(), "actual", actual);
        }
        FamilyCeremony stored = copy(ceremony, actual + 1);
        ceremonies.put(stored.id(), stored);
        return copy(stored, stored.version());
    }

    @Override
    public synchronized Page<FamilyCeremony> byUnit(UnitId unit, PageRequest page) {
        return Page.of(ceremonies.values().stream()
                .filter(c -> c.unit().equals(unit))
                .sorted(BY_DATE_THEN_ID)
                .map(c -> copy(c, c.version()))
                .toList(), page);
    }

    private static FamilyCeremony copy(FamilyCeremony c, long version) {
        return FamilyCeremony.restore(c.id(), c.plan(), c.limitsApplied(), c.status(), c.registeredAt(),
                c.registeredBy(), c.visit(), version);
    }
}
