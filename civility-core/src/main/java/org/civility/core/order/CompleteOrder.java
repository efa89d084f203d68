package org.civility.core.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The serving volunteer completes the order with a short report. */
public record CompleteOrder(@NotNull ServiceOrderId order, @NotBlank String report) {
}
