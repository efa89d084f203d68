package org.civility.core.organisation;

import org.civility.core.shared.DomainEvent;

import java.time.Instant;

/** A unit was dissolved; its records are certified by its nearest ancestor that was not. */
public record UnitDissolved(UnitId unit, String by, Instant occurredAt) implements DomainEvent {
}
