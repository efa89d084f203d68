package org.civility.core.matching;

import java.time.Duration;
import java.time.LocalDateTime;

import org.civility.core.shared.CivilityException;

import static java.util.Objects.requireNonNull;

/**
 * The requested service time as a place in the week: its first minute (Monday 00:00 is 0) and its length in
 * minutes (1 .. one week). It may run over the end of the week into Monday.
 */
public record WeeklySlot(int startMinute, int minutes) {

    public WeeklySlot {
        if (startMinute < 0 || startMinute >= WeeklyWindow.MINUTES_PER_WEEK) {
            throw CivilityException.of(MatchingError.NUMBER_INVALID, "field", "startMinute", "value", startMinute,
                    "max", WeeklyWindow.MINUTES_PER_WEEK - 1);
        }
        if (minutes < 1 || minutes > WeeklyWindow.MINUTES_PER_WEEK) {
            throw CivilityException.of(MatchingError.DURATION_INVALID, "minutes", minutes);
        }
    }

    /** The slot of a local start time and duration (seconds are dropped). */
    public static WeeklySlot of(LocalDateTime start, Duration duration) {
        requireNonNull(start, "start");
        requireNonNull(duration, "duration");
        long minutes = duration.toMinutes();
        if (minutes < 1 || minutes > WeeklyWindow.MINUTES_PER_WEEK) {
            throw CivilityException.of(MatchingError.DURATION_INVALID, "minutes", minutes);
        }
        int first = (start.getDayOfWeek().getValue() - 1) * WeeklyWindow.MINUTES_PER_DAY
                + start.getHour() * 60 + start.getMinute();
        return new WeeklySlot(first, (int) minutes);
    }
}
