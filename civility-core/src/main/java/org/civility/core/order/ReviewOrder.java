package org.civility.core.order;

import jakarta.validation.constraints.NotNull;

/** Reviews a placed order; {@code confirmDuplicate} lets a flagged duplicate pass. */
public record ReviewOrder(@NotNull ServiceOrderId order, String note, boolean confirmDuplicate) {
}
