package org.civility.core.organisation;

import org.civility.core.shared.DomainEvent;

import java.time.Instant;

/** A person's staff role at a unit was taken away. {@code by} is the acting actor's name. */
public record StaffUnassigned(UnitId unit, String personName, StaffRole role, String by, Instant occurredAt) implements DomainEvent {
}
