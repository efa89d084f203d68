package org.civility.core.order;

import org.civility.core.shared.CivilityException;

/** Text checks of the order feature. */
final class Texts {

    private Texts() {
    }

    static String require(String text, String field, int max) {
        if (text == null || text.isBlank() || text.length() > max) {
            throw CivilityException.of(OrderError.TEXT_INVALID, "field", field, "max", max);
        }
        return text.strip();
    }

    /** Blank is allowed (empty string), but not null and not too long. */
    static String optional(String text, String field, int max) {
        String t = text == null ? "" : text.strip();
        if (t.length() > max) {
            throw CivilityException.of(OrderError.TEXT_INVALID, "field", field, "max", max);
        }
        return t;
    }
}
