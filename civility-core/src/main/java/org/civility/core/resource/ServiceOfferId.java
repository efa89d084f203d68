package org.civility.core.resource;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of an offer of the resource list. */
public record ServiceOfferId(UUID value) {

    public ServiceOfferId {
        requireNonNull(value, "value");
    }

    public static ServiceOfferId of(String value) {
        return new ServiceOfferId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
