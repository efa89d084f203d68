package org.civility.core.lecture;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of a {@link LectureRequest}. */
public record LectureRequestId(UUID value) {

    public LectureRequestId {
        requireNonNull(value, "value");
    }

    public static LectureRequestId of(String value) {
        return new LectureRequestId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
