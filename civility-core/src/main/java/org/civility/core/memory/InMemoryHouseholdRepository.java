package org.civility.core.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civility.core.appraisal.Household;
import org.civility.core.appraisal.HouseholdId;
import org.civility.core.appraisal.HouseholdRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;

/** Households in memory, as snapshots: thread-safe; callers never share state with the store. */
public final class InMemoryHouseholdRepository implements HouseholdRepository {

    private static final Comparator<Household> BY_HEAD_THEN_ID =
            Comparator.comparing(Household::head).thenComparing(h -> h.id().toString());

    private final Map<HouseholdId, Household> households = new HashMap<>();

    @Override
    public synchronized Optional<Household> find(HouseholdId id) {
        return Optional.ofNullable(households.get(id)).map(h -> copy(h, h.version()));
    }

    @Override
    public synchronized Household store(Household household) {
        Household current = households.get(household.id());
        long actual = current == null ? 0 : current.version();
        if (household.version() != actual) {
            throw CivilityException.of(SharedError.STALE_VERSION, "what", "household", "id", household.id(),
                    "expected", household.version(), "actual", actual);
        }
        Household stored = copy(household, actual + 1);
        households.put(stored.id(), stored);
        return copy(stored, stored.version());
    }

    @Override
    public synchronized Page<Household> byUnit(UnitId unit, PageRequest page) {
        return Page.of(households.values().stream()
                .filter(h -> h.unit().equals(unit))
                .sorted(BY_HEAD_THEN_ID)
                .map(h -> copy(h, h.version()))
                .toList(), page);
    }

    @Override
    public synchronized List<Household> withVoter(UnitId unit, String account) {
        return households.values().stream()
                .filter(h -> h.unit().equals(unit) && h.hasVoter(account))
                .sorted(BY_HEAD_THEN_ID)
                .map(h -> copy(h, h.version()))
                .toList();
    }

    private static Household copy(Household h, long version) {
        return Household.restore(h.id(), h.unit(), h.head(), h.address(), h.grid(), h.members(), h.voters(),
                h.history(), version);
    }
}
