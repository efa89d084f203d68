package org.civility.core.volunteer;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of a registered volunteer. */
public record VolunteerId(UUID value) {

    public VolunteerId {
        requireNonNull(value, "value");
    }

    public static VolunteerId of(String value) {
        return new VolunteerId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
