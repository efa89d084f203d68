package org.civility.core.lecture;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of a {@link StudyPlan}. */
public record StudyPlanId(UUID value) {

    public StudyPlanId {
        requireNonNull(value, "value");
    }

    public static StudyPlanId of(String value) {
        return new StudyPlanId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
