package org.civility.core.order;

import jakarta.validation.constraints.NotNull;

/**
 * Reviews a placed order; {@code confirmDuplicate} lets a flagged duplicate pass.
 *
 * @param expectedVersion the version the caller read (If-Match), or null not to check
 */
public record ReviewOrder(@NotNull ServiceOrderId order, String note, boolean confirmDuplicate, Long expectedVersion) {

    public ReviewOrder(ServiceOrderId order, String note, boolean confirmDuplicate) {
        this(order, note, confirmDuplicate, null);
    }
}
