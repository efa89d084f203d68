package org.civility.web.support;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;

import java.util.UUID;
import java.util.function.Function;

/** Reads ids and versions from paths, query parameters and headers; bad input is a 400 problem, never a 500. */
public final class Inputs {

    private Inputs() {
    }

    /** @throws CivilityException REQUIRED if absent, INVALID-INPUT if {@code value} is no UUID */
    public static UnitId unitId(String value, String field) {
        return id(value, field, UnitId::of);
    }

    /**
     * A required id of any kind, e.g. {@code Inputs.id(path, "id", VenueId::of)}.
     *
     * @throws CivilityException REQUIRED if absent, INVALID-INPUT if the parser rejects it
     */
    public static <T> T id(String value, String field, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            throw CivilityException.of(SharedError.REQUIRED, "field", field);
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException e) {
            throw CivilityException.of(SharedError.INVALID_INPUT, "field", field, "reason", "not a UUID");
        }
    }

    /** Null stays null. @throws CivilityException INVALID-INPUT if {@code value} is no UUID */
    public static UUID optionalUuid(String value, String field) {
        return value == null || value.isBlank() ? null : uuid(value, field);
    }

    /**
     * The version an {@code If-Match} header names ({@code "3"}, {@code W/"3"} or {@code 3}); null
     * without the header or for {@code *}, so the command does not check.
     *
     * @throws CivilityException INVALID-INPUT if the header names no version
     */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.strip())) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.valueOf(tag);
        } catch (NumberFormatException e) {
            throw CivilityException.of(SharedError.INVALID_INPUT, "field", "If-Match", "reason", "not a version");
        }
    }

    /** @throws CivilityException INVALID-INPUT if {@code value} names no constant of {@code type} */
    public static <E extends Enum<E>> E constant(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            throw CivilityException.of(SharedError.REQUIRED, "field", field);
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw CivilityException.of(SharedError.INVALID_INPUT, "field", field, "reason", "unknown value " + value);
        }
    }

    /** @throws CivilityException REQUIRED if blank, INVALID-INPUT if {@code value} is no UUID */
    public static UUID requiredUuid(String value, String field) {
        return id(value, field, UUID::fromString);
    }

    /**
     * The earliest and latest year a date or month given to the API may name: beyond them lie years no stored record
     * can have (MariaDB's DATETIME ends with 9999) and arithmetic that overflows ({@code +999999999-12}).
     */
    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 2999;

    /** A month as {@code 2026-01}. @throws CivilityException REQUIRED if blank, INVALID-INPUT if malformed */
    public static java.time.YearMonth yearMonth(String value, String field) {
        if (value == null || value.isBlank()) {
            throw CivilityException.of(SharedError.REQUIRED, "field", field);
        }
        try {
            java.time.YearMonth month = java.time.YearMonth.parse(value.strip());
            return withinYears(month.getYear(), field, month);
        } catch (java.time.format.DateTimeParseException e) {
            throw CivilityException.of(SharedError.INVALID_INPUT, "field", field, "reason", "not a month like 2026-01");
        }
    }

    /** A day as {@code 2026-01-31}. @throws CivilityException REQUIRED if blank, INVALID-INPUT if malformed */
    public static java.time.LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            throw CivilityException.of(SharedError.REQUIRED, "field", field);
        }
        try {
            java.time.LocalDate day = java.time.LocalDate.parse(value.strip());
            return withinYears(day.getYear(), field, day);
        } catch (java.time.format.DateTimeParseException e) {
            throw CivilityException.of(SharedError.INVALID_INPUT, "field", field, "reason", "not a date (YYYY-MM-DD)");
        }
    }

    /**
     * A time with its offset as {@code 2026-01-31T09:00+08:00}.
     *
     * @throws CivilityException REQUIRED if blank, INVALID-INPUT if malformed or outside the years
     */
    public static java.time.OffsetDateTime dateTime(String value, String field) {
        if (value == null || value.isBlank()) {
            throw CivilityException.of(SharedError.REQUIRED, "field", field);
        }
        try {
            java.time.OffsetDateTime time = java.time.OffsetDateTime.parse(value.strip());
            return withinYears(time.getYear(), field, time);
        } catch (java.time.format.DateTimeParseException e) {
            throw CivilityException.of(SharedError.INVALID_INPUT, "field", field, "reason", "not an ISO-8601 time");
        }
    }

    /** {@code value} if {@code year} lies within {@link #EARLIEST_YEAR} and {@link #LATEST_YEAR}. */
    public static <T> T withinYears(int year, String field, T value) {
        if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
            throw CivilityException.of(SharedError.INVALID_INPUT, "field", field, "reason",
                    "the year lies outside " + EARLIEST_YEAR + "-" + LATEST_YEAR);
        }
        return value;
    }

    /** A required id. @throws CivilityException INVALID-INPUT if {@code value} is no UUID (or null) */
    public static UUID uuid(String value, String field) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw CivilityException.of(SharedError.INVALID_INPUT, "field", field, "reason", "not a UUID");
        }
    }
}
