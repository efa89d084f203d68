package org.civility.core.recognition;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** Identity of a points ledger entry. */
public record PointsEntryId(UUID value) {

    public PointsEntryId {
        requireNonNull(value, "value");
    }

    public static PointsEntryId of(String text) {
        return new PointsEntryId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
