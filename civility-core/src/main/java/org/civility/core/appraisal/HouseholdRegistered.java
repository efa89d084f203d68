package org.civility.core.appraisal;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

/** A household was registered. */
public record HouseholdRegistered(HouseholdId household, UnitId unit, String head, Instant occurredAt) implements DomainEvent {
}
