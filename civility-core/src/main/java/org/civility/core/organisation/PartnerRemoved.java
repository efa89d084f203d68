package org.civility.core.organisation;

import org.civility.core.shared.DomainEvent;

import java.time.Instant;

/** A partner organisation was removed from a unit. {@code by} is the acting actor's name. */
public record PartnerRemoved(UnitId unit, String partnerName, String by, Instant occurredAt) implements DomainEvent {
}
