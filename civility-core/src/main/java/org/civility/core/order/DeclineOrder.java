package org.civility.core.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The offered volunteer declines, with a reason.
 *
 * @param expectedVersion the version the caller read (If-Match), or null not to check
 */
public record DeclineOrder(@NotNull ServiceOrderId order, @NotBlank String reason, Long expectedVersion) {

    public DeclineOrder(ServiceOrderId order, String reason) {
        this(order, reason, null);
    }
}
