package org.civility.core.record;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of a check-in code. */
public record CheckInCodeId(UUID value) {

    public CheckInCodeId {
        requireNonNull(value, "value");
    }

    public static CheckInCodeId of(String value) {
        return new CheckInCodeId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
