package org.civility.core.order;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of a {@link ServiceOrder}. */
public record ServiceOrderId(UUID value) {

    public ServiceOrderId {
        requireNonNull(value, "value");
    }

    public static ServiceOrderId of(String value) {
        return new ServiceOrderId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
