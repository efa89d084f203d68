package org.civility.core.appraisal;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of a {@link Household}. */
public record HouseholdId(UUID value) {

    public HouseholdId {
        requireNonNull(value, "value");
    }

    public static HouseholdId of(String value) {
        return new HouseholdId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
