package org.civility.web.celebration;

import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;

/** Reads the {@code year} query parameter: missing or not a number is a 400, never a 404 or 500. */
final class Years {

    private Years() {
    }

    static int parse(String value) {
        if (value == null || value.isBlank()) {
            throw CivilityException.of(SharedError.REQUIRED, "field", "year");
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw CivilityException.of(SharedError.INVALID_INPUT, "field", "year", "reason", "not a year");
        }
    }
}
