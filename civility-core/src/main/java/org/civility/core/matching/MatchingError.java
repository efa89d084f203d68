package org.civility.core.matching;

import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.ErrorKind;

/** Codes of the matching feature. */
public enum MatchingError implements ErrorCode {
    /** A skill tag is blank, too long, or there are too many. Args: skill, max, count, maxCount. */
    SKILL_INVALID("MATCH-SKILL-INVALID", ErrorKind.INVALID),
    /** Coordinates outside -90..90 / -180..180 or not finite. Args: latitude, longitude. */
    POINT_INVALID("MATCH-POINT-INVALID", ErrorKind.INVALID),
    /** A weekly window that ends before it starts. Args: day, start, end. */
    WINDOW_INVALID("MATCH-WINDOW-INVALID", ErrorKind.INVALID),
    /** A requested duration outside 1 minute .. 7 days. Args: minutes. */
    DURATION_INVALID("MATCH-DURATION-INVALID", ErrorKind.INVALID),
    /** A result limit outside 1..{max}, or a load below zero, or a closeness outside 0..1. Args: field, value, max. */
    NUMBER_INVALID("MATCH-NUMBER-INVALID", ErrorKind.INVALID);

    private final String code;
    private final ErrorKind kind;

    MatchingError(String code, ErrorKind kind) {
        this.code = code;
        this.kind = kind;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
