package org.civility.core.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The offered volunteer declines, with a reason. */
public record DeclineOrder(@NotNull ServiceOrderId order, @NotBlank String reason) {
}
