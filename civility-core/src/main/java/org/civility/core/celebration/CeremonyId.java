package org.civility.core.celebration;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of a registered family ceremony. */
public record CeremonyId(UUID value) {

    public CeremonyId {
        requireNonNull(value, "value");
    }

    public static CeremonyId of(String value) {
        return new CeremonyId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
