package org.civility.core.venue;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

/** A booking was cancelled; the slot is free. */
public record BookingCancelled(BookingId booking, VenueId venue, UnitId unit, String cancelledBy, String reason, Instant occurredAt) implements DomainEvent {
}
