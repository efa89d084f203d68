package org.civility.core.volunteer;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;

import java.util.Optional;

/** Where volunteers are kept. Implemented by the persistence adapter and {@code InMemoryVolunteerRepository}. */
public interface VolunteerRepository {

    Optional<Volunteer> find(VolunteerId id);

    /**
     * Inserts or updates; returns the volunteer as stored, with its new version.
     *
     * @throws CivilityException {@code STALE-VERSION} if {@code volunteer.version()} differs from the
     *                           stored one (0 for a new volunteer); {@code VOLUNTEER-ALREADY-REGISTERED}
     *                           if another volunteer holds the same resident ID number
     */
    Volunteer store(Volunteer volunteer);

    /** The volunteer registered with this resident ID number, if any. */
    Optional<Volunteer> findByResidentId(ResidentIdNumber residentId);

    /** Volunteers whose home unit is exactly {@code unit}, ordered by real name, then id (as text). */
    Page<Volunteer> byUnit(UnitId unit, PageRequest page);
}
