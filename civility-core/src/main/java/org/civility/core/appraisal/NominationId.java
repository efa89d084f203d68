package org.civility.core.appraisal;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of a {@link Nomination} within its campaign. */
public record NominationId(UUID value) {

    public NominationId {
        requireNonNull(value, "value");
    }

    public static NominationId of(String value) {
        return new NominationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
