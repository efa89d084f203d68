package org.civility.core.notice;

import java.time.Instant;

import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;

/**
 * What a notice says: title, body, place and when the announced subject starts. Texts are
 * stripped; title and place at most {@value #MAX_LINE} characters, body at most {@value #MAX_BODY}.
 */
public record NoticeContent(String title, String body, String place, Instant startsAt) {

    public static final int MAX_LINE = 200;
    public static final int MAX_BODY = 2000;

    public NoticeContent {
        title = text(title, "title", MAX_LINE);
        body = text(body, "body", MAX_BODY);
        place = text(place, "place", MAX_LINE);
        if (startsAt == null) {
            throw CivilityException.of(SharedError.REQUIRED, "field", "startsAt");
        }
    }

    private static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw CivilityException.of(SharedError.REQUIRED, "field", field);
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw CivilityException.of(NoticeError.TEXT_TOO_LONG, "field", field, "max", max,
                    "length", stripped.length());
        }
        return stripped;
    }
}
