package org.civility.core.organisation;

import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;

/** Checks the names people type: required, trimmed, bounded. */
final class Names {

    /** The longest name of a unit, person, grid or partner (a column length for adapters). */
    static final int MAX_LENGTH = 200;

    private Names() {
    }

    /**
     * @return the trimmed name
     * @throws CivilityException REQUIRED if null or blank, ORG-NAME-TOO-LONG if over {@link #MAX_LENGTH}
     */
    static String require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw CivilityException.of(SharedError.REQUIRED, "field", field);
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw CivilityException.of(OrganisationError.NAME_TOO_LONG, "field", field, "max", MAX_LENGTH);
        }
        return trimmed;
    }
}
