package org.civility.core.order;

import jakarta.validation.constraints.NotNull;

/**
 * Offers a reviewed order to one volunteer or team.
 *
 * @param expectedVersion the version the caller read (If-Match), or null not to check
 */
public record OfferOrder(@NotNull ServiceOrderId order, @NotNull Assignee to, Long expectedVersion) {

    public OfferOrder(ServiceOrderId order, Assignee to) {
        this(order, to, null);
    }
}
