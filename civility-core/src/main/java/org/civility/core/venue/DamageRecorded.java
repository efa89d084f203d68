package org.civility.core.venue;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

/** Damage was recorded against a booking's user (R-VEN-4). */
public record DamageRecorded(BookingId booking, VenueId venue, UnitId unit, Damage damage, String recordedBy, Instant occurredAt) implements DomainEvent {
}
