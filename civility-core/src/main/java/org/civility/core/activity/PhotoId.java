package org.civility.core.activity;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of a {@link RecordPhoto}. */
public record PhotoId(UUID value) {

    public PhotoId {
        requireNonNull(value, "value");
    }

    public static PhotoId of(String value) {
        return new PhotoId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
