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

    /** A month as {@code 2026-01}. @throws CivilityException REQUIRED if blank, INVALID-INPUT if malformed */
    public static java.time.YearMonth yearMonth(String value, String field) {
        if (value == null || value.isBlank()) {
            throw CivilityException.of(SharedError.REQUIRED, "field", field);
        }
        try {
            return java.time.YearMonth.parse(value.strip());
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
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw CivilityException.of(SharedError.INVALID_INPUT, "field", field, "reason", "not a date (YYYY-MM-DD)");
        }
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
