package org.civility.core.memory;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.volunteer.ResidentIdNumber;
import org.civility.core.volunteer.Volunteer;
import org.civility.core.volunteer.VolunteerError;
import org.civility.core.volunteer.VolunteerId;
import org.civility.core.volunteer.VolunteerRepository;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** Volunteers in memory, as snapshots: thread-safe; what callers hold never changes what is stored. */
public final class InMemoryVolunteerRepository implements VolunteerRepository {

    private static final Comparator<Volunteer> ORDER = Comparator.comparing(Volunteer::realName)
            .thenComparing(v -> v.id().value().toString());

    private final Map<VolunteerId, Volunteer> byId = new HashMap<>();

    @Override
    public synchronized Optional<Volunteer> find(VolunteerId id) {
        return Optional.ofNullable(byId.get(id)).map(v -> copy(v, v.version()));
    }

    @Override
    public synchronized Volunteer store(Volunteer volunteer) {
        requireNonNull(volunteer, "volunteer");
        Volunteer current = byId.get(volunteer.id());
        long storedVersion = current == null ? 0 : current.version();
        if (volunteer.version() != storedVersion) {
            throw CivilityException.of(SharedError.STALE_VERSION, "what", "volunteer", "id", volunteer.id(),
                    "expected", volunteer.version(), "actual", storedVersion);
        }
        boolean taken = byId.values().stream().anyMatch(v -> !v.id().equals(volunteer.id())
                && v.residentId().equals(volunteer.residentId()));
        if (taken) {
            throw CivilityException.of(VolunteerError.ALREADY_REGISTERED, "idNumber", volunteer.residentId().masked());
        }
        Volunteer stored = copy(volunteer, storedVersion + 1);
        byId.put(stored.id(), stored);
        return copy(stored, stored.version());
    }

    @Override
    public synchronized Optional<Volunteer> findByResidentId(ResidentIdNumber residentId) {
        return byId.values().stream().filter(v -> v.residentId().equals(residentId)).findFirst()
                .map(v -> copy(v, v.version()));
    }

    @Override
    public synchronized Page<Volunteer> byUnit(UnitId unit, PageRequest page) {
        return Page.of(byId.values().stream().filter(v -> v.homeUnit().equals(unit)).sorted(ORDER)
                .map(v -> copy(v, v.version())).toList(), page);
    }

    private static Volunteer copy(Volunteer v, long version) {
        return Volunteer.restore(v.id(), v.homeUnit(), v.realName(), v.residentId(), v.phone(), v.origin(), v.skills(),
                v.guardianConsent(), v.registeredAt(), v.status(), version);
    }
}
