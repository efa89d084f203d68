package org.civility.core.organisation;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of a practice unit (center, institute, station, point or base). */
public record UnitId(UUID value) {

    public UnitId {
        requireNonNull(value, "value");
    }

    public static UnitId of(String value) {
        return new UnitId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
