package org.civility.core.organisation;

import org.civility.core.shared.DomainEvent;

import java.time.Instant;

/** A grid was removed from a station. {@code by} is the acting actor's name. */
public record GridRemoved(UnitId unit, String gridName, String by, Instant occurredAt) implements DomainEvent {
}
