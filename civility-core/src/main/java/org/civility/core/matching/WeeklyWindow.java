package org.civility.core.matching;

import java.time.DayOfWeek;
import java.time.LocalTime;

import org.civility.core.shared.CivilityException;

import static java.util.Objects.requireNonNull;

/**
 * A weekly time window in local time (每周可服务时段), e.g. Saturday 09:00-12:00. {@code end} 00:00 means
 * midnight at the end of the day; otherwise it lies after {@code start}. A window over midnight is two windows.
 */
public record WeeklyWindow(DayOfWeek day, LocalTime start, LocalTime end) {

    static final int MINUTES_PER_DAY = 24 * 60;
    static final int MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

    public WeeklyWindow {
        requireNonNull(day, "day");
        requireNonNull(start, "start");
        requireNonNull(end, "end");
        start = start.withSecond(0).withNano(0);
        end = end.withSecond(0).withNano(0);
        if (!end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start)) {
            throw CivilityException.of(MatchingError.WINDOW_INVALID, "day", day, "start", start, "end", end);
        }
    }

    /** First minute of the week covered (Monday 00:00 is 0). */
    public int startMinute() {
        return (day.getValue() - 1) * MINUTES_PER_DAY + start.getHour() * 60 + start.getMinute();
    }

    /** First minute of the week after the window (exclusive end). */
    public int endMinute() {
        int dayStart = (day.getValue() - 1) * MINUTES_PER_DAY;
        return end.equals(LocalTime.MIDNIGHT) ? dayStart + MINUTES_PER_DAY
                : dayStart + end.getHour() * 60 + end.getMinute();
    }
}
