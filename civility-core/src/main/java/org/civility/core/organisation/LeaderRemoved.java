package org.civility.core.organisation;

import org.civility.core.shared.DomainEvent;

import java.time.Instant;

/** A person left a station's leadership. {@code by} is the acting actor's name. */
public record LeaderRemoved(UnitId unit, String personName, String by, Instant occurredAt) implements DomainEvent {
}
