package org.civility.core.venue;

import java.util.Optional;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;

/**
 * Where venues are kept. Implemented by the portal's persistence (or
 * {@code org.civility.core.memory.InMemoryVenueRepository}).
 *
 * <p>The version is an optimistic lock: {@link VenueService#book} stores the venue with its
 * {@link Venue#bookingSequence()} bumped before storing the booking, so two concurrent bookings
 * of one venue cannot both be stored.
 */
public interface VenueRepository {

    Optional<Venue> find(VenueId id);

    /**
     * Inserts or updates.
     *
     * @return the venue as stored, with its new version
     * @throws CivilityException STALE-VERSION if {@code venue.version()} differs from the stored version
     *                           (0 for a venue never stored)
     */
    Venue store(Venue venue);

    /** Venues scheduled by {@code unit} (not below it), ordered by name then id. */
    Page<Venue> byUnit(UnitId unit, PageRequest page);
}
