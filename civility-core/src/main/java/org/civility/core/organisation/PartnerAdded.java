package org.civility.core.organisation;

import org.civility.core.shared.DomainEvent;

import java.time.Instant;

/** A partner organisation was added to a unit. {@code by} is the acting actor's name. */
public record PartnerAdded(UnitId unit, Partner partner, String by, Instant occurredAt) implements DomainEvent {
}
