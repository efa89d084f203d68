package org.civility.core.order;

import jakarta.validation.constraints.NotNull;

/**
 * Renames or redescribes a menu item.
 *
 * @param expectedVersion the version the caller read, or null not to check
 */
public record DescribeMenuItem(@NotNull MenuItemId item, @NotNull String name, String description,
                               Long expectedVersion) {
}
