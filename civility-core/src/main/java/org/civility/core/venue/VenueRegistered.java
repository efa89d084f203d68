package org.civility.core.venue;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

/** A venue was registered at the station that schedules it. */
public record VenueRegistered(VenueId venue, UnitId unit, String name, VenueKind kind, Instant occurredAt) implements DomainEvent {
}
