package org.civility.core.organisation;

import org.civility.core.shared.DomainEvent;

import java.time.Instant;

/** A person was given a staff role at a unit. {@code by} is the acting actor's name. */
public record StaffAssigned(UnitId unit, StaffAssignment assignment, String by, Instant occurredAt) implements DomainEvent {
}
