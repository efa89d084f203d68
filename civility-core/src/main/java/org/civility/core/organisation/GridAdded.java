package org.civility.core.organisation;

import org.civility.core.shared.DomainEvent;

import java.time.Instant;

/** A grid was added to a station. {@code by} is the acting actor's name. */
public record GridAdded(UnitId unit, Grid grid, String by, Instant occurredAt) implements DomainEvent {
}
