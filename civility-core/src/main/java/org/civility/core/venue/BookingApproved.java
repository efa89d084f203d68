package org.civility.core.venue;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

/** The residents' committee approved a non-practice use (R-VEN-2). */
public record BookingApproved(BookingId booking, VenueId venue, UnitId unit, String approvedBy, Instant occurredAt) implements DomainEvent {
}
