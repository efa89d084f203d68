package org.civility.core.team;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of a team. */
public record TeamId(UUID value) {

    public TeamId {
        requireNonNull(value, "value");
    }

    public static TeamId of(String value) {
        return new TeamId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
