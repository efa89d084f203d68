package org.civility.core.appraisal;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of an {@link Objection} within its campaign. */
public record ObjectionId(UUID value) {

    public ObjectionId {
        requireNonNull(value, "value");
    }

    public static ObjectionId of(String value) {
        return new ObjectionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
