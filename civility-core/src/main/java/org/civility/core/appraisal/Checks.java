package org.civility.core.appraisal;

import java.util.Optional;

import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;

/** Checks of required fields, shared by the appraisal feature's records and aggregates. */
final class Checks {

    private Checks() {
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

    /** Empty for null or blank text, else the trimmed text. */
    static Optional<String> optional(Optional<String> value, String field) {
        return required(value, field).map(String::strip).filter(s -> !s.isEmpty());
    }
}
