package org.civility.core.volunteer;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * The ones of {@code residentIds} that a volunteer is registered with. An adapter answers in one look-up where
     * it can; by default one {@link #findByResidentId} each.
     *
     * @return never null
     */
    default Set<ResidentIdNumber> registeredOf(Collection<ResidentIdNumber> residentIds) {
        return residentIds.stream().filter(n -> findByResidentId(n).isPresent()).collect(Collectors.toSet());
    }

    /**
     * Stores volunteers as {@link #store} does, each with the same checks; an adapter may write them together. Runs
     * in the caller's transaction: when it throws, some may have been written, and the caller should roll back.
     *
     * @return the volunteers as stored, in the same order
     * @throws CivilityException as {@link #store}
     */
    default List<Volunteer> storeAll(List<Volunteer> volunteers) {
        return volunteers.stream().map(this::store).toList();
    }

    /** Volunteers whose home unit is exactly {@code unit}, ordered by real name, then id (as text). */
    Page<Volunteer> byUnit(UnitId unit, PageRequest page);
}
