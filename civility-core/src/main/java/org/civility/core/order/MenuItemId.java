package org.civility.core.order;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of a {@link MenuItem}. */
public record MenuItemId(UUID value) {

    public MenuItemId {
        requireNonNull(value, "value");
    }

    public static MenuItemId of(String value) {
        return new MenuItemId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
