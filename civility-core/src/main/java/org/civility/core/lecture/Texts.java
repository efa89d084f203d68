package org.civility.core.lecture;

import org.civility.core.shared.CivilityException;

/** Checks free texts of the feature. */
final class Texts {

    private Texts() {
    }

    static String require(String value, String field, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw CivilityException.of(LectureError.TEXT_INVALID, "field", field, "max", max);
        }
        return value.strip();
    }

    static java.util.Optional<String> optional(java.util.Optional<String> value, String field, int max) {
        java.util.Objects.requireNonNull(value, field);
        return value.filter(v -> !v.isBlank()).map(v -> require(v, field, max));
    }
}
