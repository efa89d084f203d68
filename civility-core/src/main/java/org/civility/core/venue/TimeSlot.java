package org.civility.core.venue;

import java.time.Duration;
import java.time.Instant;

import org.civility.core.shared.CivilityException;

/**
 * A half-open period {@code [start, end)}: adjacent slots ({@code [10-12)} and {@code [12-14)}) do
 * not overlap.
 *
 * @param start first instant, never null
 * @param end   first instant after the slot, strictly after {@code start}
 * @throws CivilityException {@link VenueError#SLOT_INVALID} if {@code end} is not after {@code start}
 */
public record TimeSlot(Instant start, Instant end) {

    public TimeSlot {
        Texts.required(start, "start");
        Texts.required(end, "end");
        if (!end.isAfter(start)) {
            throw CivilityException.of(VenueError.SLOT_INVALID, "start", start, "end", end);
        }
    }

    /** True if both slots share at least one instant. */
    public boolean overlaps(TimeSlot other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }
}
