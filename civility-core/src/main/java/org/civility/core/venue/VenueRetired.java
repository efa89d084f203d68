package org.civility.core.venue;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

/** A venue was taken out of scheduling. */
public record VenueRetired(VenueId venue, UnitId unit, String retiredBy, Instant occurredAt) implements DomainEvent {
}
