package org.civility.core.lecture;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of a {@link Lecture}. */
public record LectureId(UUID value) {

    public LectureId {
        requireNonNull(value, "value");
    }

    public static LectureId of(String value) {
        return new LectureId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
