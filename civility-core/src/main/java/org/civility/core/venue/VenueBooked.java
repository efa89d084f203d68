package org.civility.core.venue;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

/** A venue's slot was booked; {@code status} is CONFIRMED for practice, else PENDING_APPROVAL (R-VEN-2). */
public record VenueBooked(BookingId booking, VenueId venue, UnitId unit, TimeSlot period, UsePurpose purpose, BookingStatus status, String bookedBy, Instant occurredAt) implements DomainEvent {
}
