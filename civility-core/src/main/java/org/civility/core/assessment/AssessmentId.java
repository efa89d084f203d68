package org.civility.core.assessment;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of a station assessment. */
public record AssessmentId(UUID value) {

    public AssessmentId {
        requireNonNull(value, "value");
    }

    public static AssessmentId of(String value) {
        return new AssessmentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
