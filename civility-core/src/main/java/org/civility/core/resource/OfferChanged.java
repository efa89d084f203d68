package org.civility.core.resource;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

/** An offer was published, revised, withdrawn or reactivated; {@code active} tells its state now. */
public record OfferChanged(ServiceOfferId offer, UnitId unit, boolean active, String actor, Instant occurredAt)
        implements DomainEvent {
}
