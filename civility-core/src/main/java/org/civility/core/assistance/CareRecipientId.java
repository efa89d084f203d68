package org.civility.core.assistance;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of a person or household receiving care (帮). */
public record CareRecipientId(UUID value) {

    public CareRecipientId {
        requireNonNull(value, "value");
    }

    /** @throws IllegalArgumentException if {@code value} is no UUID */
    public static CareRecipientId of(String value) {
        return new CareRecipientId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
