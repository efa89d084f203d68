package org.civility.core.lecture;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of a {@link LectureMaterial}. */
public record MaterialId(UUID value) {

    public MaterialId {
        requireNonNull(value, "value");
    }

    public static MaterialId of(String value) {
        return new MaterialId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
