package org.civility.core.organisation;

import org.civility.core.shared.DomainEvent;

import java.time.Instant;

/** A unit was renamed. {@code by} is the acting actor's name. */
public record UnitRenamed(UnitId unit, String previousName, String name, String by, Instant occurredAt) implements DomainEvent {
}
