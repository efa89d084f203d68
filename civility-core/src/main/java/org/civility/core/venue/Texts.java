package org.civility.core.venue;

import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;

/** Checks of required text fields, shared by the venue feature's records and aggregates. */
final class Texts {

    private Texts() {
    }

    /** The trimmed text; throws REQUIRED if null or blank. */
    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw CivilityException.of(SharedError.REQUIRED, "field", field);
        }
        return value.strip();
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw CivilityException.of(SharedError.REQUIRED, "field", field);
        }
        return value;
    }
}
