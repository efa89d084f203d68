package org.civility.core.activity;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of an activity. */
public record ActivityId(UUID value) {

    public ActivityId {
        requireNonNull(value, "value");
    }

    public static ActivityId of(String value) {
        return new ActivityId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
