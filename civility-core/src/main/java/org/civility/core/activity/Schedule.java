package org.civility.core.activity;

import org.civility.core.shared.CivilityException;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/** When an activity takes place: {@code end} is after {@code start}. */
public record Schedule(Instant start, Instant end) {

    /** @throws CivilityException {@code ACTIVITY-SCHEDULE-INVALID} unless end is after start */
    public Schedule {
        requireNonNull(start, "start");
        requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw CivilityException.of(ActivityError.SCHEDULE_INVALID, "start", start, "end", end);
        }
    }

    public boolean hasStartedAt(Instant at) {
        return !at.isBefore(start);
    }
}
