package org.civility.core.venue;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of a {@link Venue}. */
public record VenueId(UUID value) {

    public VenueId {
        requireNonNull(value, "value");
    }

    public static VenueId of(String value) {
        return new VenueId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
