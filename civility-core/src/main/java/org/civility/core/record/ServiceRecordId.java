package org.civility.core.record;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of a service record entry. */
public record ServiceRecordId(UUID value) {

    public ServiceRecordId {
        requireNonNull(value, "value");
    }

    public static ServiceRecordId of(String value) {
        return new ServiceRecordId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
