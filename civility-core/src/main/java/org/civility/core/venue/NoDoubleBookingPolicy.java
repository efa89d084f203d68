package org.civility.core.venue;

import org.civility.core.shared.Decision;
import org.civility.core.shared.Policy;

/**
 * R-VEN-5 one venue, one booking at a time: a requested slot must not overlap any booking of the
 * same venue that holds its slot (pending, confirmed or closed; a cancelled booking frees it).
 * Slots are half-open, so back-to-back bookings are fine.
 *
 * <p>Rejects with {@link VenueError#DOUBLE_BOOKING} (kind CONFLICT), naming the first conflicting
 * booking and its slot.
 */
public final class NoDoubleBookingPolicy implements Policy<BookingRequest> {

    public static final String RULE = "R-VEN-5";

    @Override
    public Decision evaluate(BookingRequest request) {
        return request.overlapping().stream()
                .filter(b -> b.venue().equals(request.venue()))
                .filter(Booking::blocksSlot)
                .filter(b -> b.period().overlaps(request.period()))
                .findFirst()
                .map(b -> Decision.rejected(VenueError.DOUBLE_BOOKING,
                        "venue", request.venue(),
                        "requestedStart", request.period().start(),
                        "requestedEnd", request.period().end(),
                        "conflictingBooking", b.id(),
                        "conflictingStart", b.period().start(),
                        "conflictingEnd", b.period().end()))
                .orElse(Decision.allowed());
    }
}
