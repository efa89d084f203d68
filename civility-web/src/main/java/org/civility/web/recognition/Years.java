package org.civility.web.recognition;

import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;

/** Reads the {@code year} query parameter: missing, not a number or out of range is a 400, never a 500. */
final class Years {

    private Years() {
    }

    static int parse(String value) {
        if (value == null || value.isBlank()) {
            throw CivilityException.of(SharedError.REQUIRED, "field", "year");
        }
        try {
            int year = Integer.parseInt(value.strip());
            if (year >= 1900 && year <= 9999) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw CivilityException.of(SharedError.INVALID_INPUT, "field", "year", "reason", "not a year");
    }
}
