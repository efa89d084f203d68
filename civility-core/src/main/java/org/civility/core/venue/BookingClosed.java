package org.civility.core.venue;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

/** A used booking was closed with its full checklist (R-VEN-3). */
public record BookingClosed(BookingId booking, VenueId venue, UnitId unit, String closedBy, Instant occurredAt) implements DomainEvent {
}
