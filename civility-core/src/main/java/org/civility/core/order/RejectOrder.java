package org.civility.core.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Rejects an order with a reason only the requester sees.
 *
 * @param expectedVersion the version the caller read (If-Match), or null not to check
 */
public record RejectOrder(@NotNull ServiceOrderId order, @NotBlank String reason, Long expectedVersion) {

    public RejectOrder(ServiceOrderId order, String reason) {
        this(order, reason, null);
    }
}
