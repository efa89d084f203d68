package org.civility.core.celebration;

import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.ErrorKind;

/** Codes of the celebration feature. Rule codes equal the rule ids of DOMAIN §4. */
public enum CelebrationError implements ErrorCode {
    /**
     * R-CELE-1: a wedding or funeral breaches one or more of the village's limits (the policy's warning; registering
     * records and flags such a ceremony instead). Args: kind, breaches
     * (every breach as {@code setting=limit (requested value)}, separated by "; "), and for the first
     * breach limit (setting name), maximum, requested.
     */
    CEREMONY_OVER_LIMITS("R-CELE-1", ErrorKind.RULE),
    /** The year is outside what the festival calendar supports. Args: year, first, last. */
    YEAR_INVALID("CELEBRATION-YEAR-INVALID", ErrorKind.INVALID),
    /** A ceremony's input is malformed (blank host, tables below 1, ...). Args: field, value. */
    CEREMONY_INVALID("CELEBRATION-CEREMONY-INVALID", ErrorKind.INVALID),
    /** A persuasion visit was recorded for a ceremony that is not flagged (within the limits, or visited). Args: id, status. */
    VISIT_NOT_PENDING("CELEBRATION-VISIT-NOT-PENDING", ErrorKind.CONFLICT),
    /** Restored state breaks an invariant (a corrupt row). Args: what, id, reason. */
    STATE_INVALID("CELEBRATION-STATE-INVALID", ErrorKind.INVALID);

    private final String code;
    private final ErrorKind kind;

    CelebrationError(String code, ErrorKind kind) {
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
