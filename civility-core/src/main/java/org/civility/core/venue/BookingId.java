package org.civility.core.venue;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of a {@link Booking}. */
public record BookingId(UUID value) {

    public BookingId {
        requireNonNull(value, "value");
    }

    public static BookingId of(String value) {
        return new BookingId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
