package org.civility.core.order;

import jakarta.validation.constraints.NotNull;

/** Offers a reviewed order to one volunteer or team. */
public record OfferOrder(@NotNull ServiceOrderId order, @NotNull Assignee to) {
}
