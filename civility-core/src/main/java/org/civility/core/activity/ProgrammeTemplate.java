package org.civility.core.activity;

import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * A recurring seasonal programme (篇3) from which activities are created each year, e.g. the
 * spring Learn-from-Lei-Feng month.
 *
 * <p>The season is a window of month-days; a window whose end lies before its start runs over the
 * new year (winter: 1 December to the end of February), and then belongs to the year it starts in.
 *
 * @param code            stable identifier, upper-case words joined by {@code _}
 * @param name            display name (Chinese, as used by the stations)
 * @param form            the practice form of the activities it creates
 * @param themes          at least one of the five themes
 * @param seasonStart     first day of the season
 * @param seasonEnd       last day of the season (inclusive)
 * @param defaultDuration how long a created activity lasts, positive
 * @param description     what the programme is about
 */
public record ProgrammeTemplate(String code, String name, PracticeForm form, Set<Theme> themes, MonthDay seasonStart,
                                MonthDay seasonEnd, Duration defaultDuration, String description) {

    public ProgrammeTemplate {
        requireNonNull(code, "code");
        if (!code.matches("[A-Z][A-Z0-9_]{0,49}")) {
            throw new IllegalArgumentException("code must be upper-case words: " + code);
        }
        requireNonNull(name, "name");
        requireNonNull(form, "form");
        if (themes == null || themes.isEmpty()) {
            throw new IllegalArgumentException("themes must not be empty");
        }
        themes = Collections.unmodifiableSet(EnumSet.copyOf(themes));
        requireNonNull(seasonStart, "seasonStart");
        requireNonNull(seasonEnd, "seasonEnd");
        requireNonNull(defaultDuration, "defaultDuration");
        if (defaultDuration.isNegative() || defaultDuration.isZero()) {
            throw new IllegalArgumentException("defaultDuration must be positive");
        }
        requireNonNull(description, "description");
    }

    /** Whether the season runs over the new year. */
    public boolean spansNewYear() {
        return seasonEnd.isBefore(seasonStart);
    }

    /** The first day of the season that starts in {@code year}. */
    public LocalDate seasonStartIn(int year) {
        return seasonStart.atYear(year);
    }

    /** The last day (inclusive) of the season that starts in {@code year}. */
    public LocalDate seasonEndIn(int year) {
        return seasonEnd.atYear(spansNewYear() ? year + 1 : year);
    }

    /** Whether {@code date} lies in the season that starts in {@code year}. */
    public boolean isInSeason(int year, LocalDate date) {
        return !date.isBefore(seasonStartIn(year)) && !date.isAfter(seasonEndIn(year));
    }
}
