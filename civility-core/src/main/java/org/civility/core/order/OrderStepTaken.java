package org.civility.core.order;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

/** A step was taken on an order (placed, reviewed, ... escalated); {@code action} tells which. */
public record OrderStepTaken(ServiceOrderId order, UnitId handlingUnit, OrderAction action, String actor,
                             Instant occurredAt) implements DomainEvent {
}
