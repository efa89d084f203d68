package org.civility.notices;

import static java.util.Objects.requireNonNull;

/**
 * A credential (an access key secret, a robot key, a mail password). {@link #toString()} never shows it, so that a
 * settings record can be logged; {@link #value()} is for the request that needs it.
 *
 * @param value not blank
 */
public record Secret(String value) {

    public Secret {
        requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a secret must not be blank");
        }
    }

    @Override
    public String toString() {
        return "****";
    }
}
