package org.civility.core.organisation;

import org.civility.core.shared.DomainEvent;

import java.time.Instant;
import java.util.Optional;

/** A unit was founded. {@code by} is the acting actor's name. */
public record UnitFounded(UnitId unit, Tier tier, String name, Optional<UnitId> parent, String by, Instant occurredAt) implements DomainEvent {
}
