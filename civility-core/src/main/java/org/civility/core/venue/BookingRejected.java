package org.civility.core.venue;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

/** The residents' committee rejected a non-practice use (R-VEN-2); the slot is free. */
public record BookingRejected(BookingId booking, VenueId venue, UnitId unit, String rejectedBy, String reason, Instant occurredAt) implements DomainEvent {
}
