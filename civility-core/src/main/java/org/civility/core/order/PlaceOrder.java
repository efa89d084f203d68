package org.civility.core.order;

import java.util.Optional;

import jakarta.validation.constraints.NotNull;
import org.civility.core.organisation.UnitId;

/** Places an order at a unit; with {@code onBehalfOf} a station helper places it for a named resident without a phone. */
public record PlaceOrder(@NotNull UnitId unit, @NotNull String recipient, @NotNull OrderItem item, String description,
                         @NotNull Optional<String> onBehalfOf) {
}
