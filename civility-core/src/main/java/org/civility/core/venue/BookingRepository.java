package org.civility.core.venue;

import java.util.List;
import java.util.Optional;

import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;

/**
 * Where bookings are kept.
 *
 * <p>Concurrency (R-VEN-5): a portal may take bookings concurrently. {@link VenueService#book}
 * must run in one transaction that queries {@link #overlapping}, stores the venue with its
 * {@link Venue#bookingSequence()} bumped, then stores the booking: the venue's version is the
 * optimistic lock on which two concurrent bookings of one venue collide (the second gets
 * STALE-VERSION), so an overlap check can never be raced. An adapter without transactions
 * spanning both repositories must serialise bookings per venue itself.
 */
public interface BookingRepository {

    Optional<Booking> find(BookingId id);

    /**
     * Inserts or updates, including checklist signatures and damages.
     *
     * @return the booking as stored, with its new version
     * @throws CivilityException STALE-VERSION if {@code booking.version()} differs from the stored version
     */
    Booking store(Booking booking);

    /**
     * The bookings of {@code venue} that hold a slot overlapping {@code period} (every status but
     * CANCELLED; half-open slots, so adjacent ones do not overlap), ordered by start then id.
     */
    List<Booking> overlapping(VenueId venue, TimeSlot period);

    /** Every booking of {@code venue}, any status, ordered by start then id. */
    Page<Booking> byVenue(VenueId venue, PageRequest page);
}
