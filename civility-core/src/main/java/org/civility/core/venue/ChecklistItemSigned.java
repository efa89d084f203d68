package org.civility.core.venue;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

/** Duty staff signed a closing-checklist item (R-VEN-3). */
public record ChecklistItemSigned(BookingId booking, VenueId venue, UnitId unit, ChecklistItem item, String signedBy, Instant occurredAt) implements DomainEvent {
}
