package org.civility.core.celebration;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/**
 * A festival's Gregorian date (China Standard Time) in a year.
 *
 * @param festival the festival, never null
 * @param date     its day, never null
 */
public record FestivalDate(Festival festival, LocalDate date) {

    public FestivalDate {
        requireNonNull(festival, "festival");
        requireNonNull(date, "date");
    }
}
