package org.civility.core.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The serving volunteer completes the order with a short report.
 *
 * @param expectedVersion the version the caller read (If-Match), or null not to check
 */
public record CompleteOrder(@NotNull ServiceOrderId order, @NotBlank String report, Long expectedVersion) {

    public CompleteOrder(ServiceOrderId order, String report) {
        this(order, report, null);
    }
}
