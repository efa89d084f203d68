package org.civility.core.appraisal;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of a {@link Recommendation}. */
public record RecommendationId(UUID value) {

    public RecommendationId {
        requireNonNull(value, "value");
    }

    public static RecommendationId of(String value) {
        return new RecommendationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
