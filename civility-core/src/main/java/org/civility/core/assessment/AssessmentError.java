package org.civility.core.assessment;

import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.ErrorKind;

/** Codes of station assessments (R-ASSESS-1). */
public enum AssessmentError implements ErrorCode {
    /** The unit assessed is not a station. Args: unit, tier. */
    NOT_A_STATION("ASSESSMENT-NOT-A-STATION", ErrorKind.INVALID),
    /**
     * The period is not one that can be assessed: it ends before it starts, is longer than {@value
     * StationAssessment#MAX_MONTHS} months, or has not ended. Args: from, to, maxMonths.
     */
    PERIOD_INVALID("ASSESSMENT-PERIOD-INVALID", ErrorKind.INVALID),
    /** An input is malformed (blank decision, too long). Args: field. */
    INVALID("ASSESSMENT-INVALID", ErrorKind.INVALID),
    /** Restored state breaks an invariant (a corrupt row). Args: id, reason. */
    STATE_INVALID("ASSESSMENT-STATE-INVALID", ErrorKind.INVALID);

    private final String code;
    private final ErrorKind kind;

    AssessmentError(String code, ErrorKind kind) {
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
