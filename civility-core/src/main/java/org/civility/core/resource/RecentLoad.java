package org.civility.core.resource;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** How many orders each volunteer accepted lately: the load matching spreads fairly. */
@FunctionalInterface
public interface RecentLoad {

    /** Per volunteer id, the orders accepted at or after {@code since}; volunteers with none may be absent. */
    Map<UUID, Integer> acceptedSince(Instant since);

    /** No load known: everyone counts as free. */
    static RecentLoad none() {
        return since -> Map.of();
    }
}
