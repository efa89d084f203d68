package org.civility.core.order;

import org.civility.core.organisation.UnitId;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * An unaccepted order reduced to where it waits and since when: one line of
 * {@link ServiceOrderRepository#escalatedUnaccepted}, what an overview lists without the order's history.
 *
 * @param order        the order
 * @param unit         where it was placed
 * @param handlingUnit the unit handling it now
 * @param status       its status, one of the unaccepted ones ({@link OrderStatus#unaccepted()})
 * @param placedAt     when it was placed
 * @param waitingSince since when it waits at its handling unit
 */
public record WaitingOrder(ServiceOrderId order, UnitId unit, UnitId handlingUnit, OrderStatus status,
                           Instant placedAt, Instant waitingSince) {

    public WaitingOrder {
        requireNonNull(order, "order");
        requireNonNull(unit, "unit");
        requireNonNull(handlingUnit, "handlingUnit");
        requireNonNull(status, "status");
        requireNonNull(placedAt, "placedAt");
        requireNonNull(waitingSince, "waitingSince");
    }
}
