package org.civility.core.order;

import jakarta.validation.constraints.NotNull;

/** The requester rates the completed order. */
public record RateOrder(@NotNull ServiceOrderId order, @NotNull Rating rating) {
}
