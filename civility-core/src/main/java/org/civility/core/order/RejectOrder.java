package org.civility.core.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Rejects an order with a reason only the requester sees. */
public record RejectOrder(@NotNull ServiceOrderId order, @NotBlank String reason) {
}
