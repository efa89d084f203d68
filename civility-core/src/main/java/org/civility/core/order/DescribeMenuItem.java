package org.civility.core.order;

import java.util.List;

import jakarta.validation.constraints.NotNull;

/**
 * Renames or redescribes a menu item.
 *
 * @param skills          the skills a volunteer needs to serve it, or null to keep them
 * @param expectedVersion the version the caller read, or null not to check
 */
public record DescribeMenuItem(@NotNull MenuItemId item, @NotNull String name, String description,
                               List<String> skills, Long expectedVersion) {

    /** Renames or redescribes, keeping the skills. */
    public DescribeMenuItem(MenuItemId item, String name, String description, Long expectedVersion) {
        this(item, name, description, null, expectedVersion);
    }
}
