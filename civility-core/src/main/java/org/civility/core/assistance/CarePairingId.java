package org.civility.core.assistance;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of a care pairing (结对关爱). */
public record CarePairingId(UUID value) {

    public CarePairingId {
        requireNonNull(value, "value");
    }

    /** @throws IllegalArgumentException if {@code value} is no UUID */
    public static CarePairingId of(String value) {
        return new CarePairingId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
