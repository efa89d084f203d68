package org.civility.core.lecture;

import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.ErrorKind;

/** Codes of the lecture feature. Rule codes equal the rule ids of DOMAIN §4. */
public enum LectureError implements ErrorCode {
    /**
     * R-LECT-2: the speaker is neither a lecturer of the unit (or an ancestor) nor a member of its
     * expert or grassroots-speaker team. Args: speaker, unit.
     */
    SPEAKER_NOT_QUALIFIED("R-LECT-2", ErrorKind.RULE),
    /** The lecture's status does not allow the step (备课 → 授课 → 评课). Args: lecture, status, action. */
    ILLEGAL_TRANSITION("LECTURE-STATE", ErrorKind.RULE),
    /** Only the lecture's speaker (or someone managing lectures) may do this. Args: lecture, actor. */
    NOT_THE_SPEAKER("LECTURE-NOT-SPEAKER", ErrorKind.FORBIDDEN),
    /** The schedule does not end after it starts. Args: start, end. */
    SCHEDULE_INVALID("LECTURE-SCHEDULE-INVALID", ErrorKind.INVALID),
    /** A text is blank or too long. Args: field, max. */
    TEXT_INVALID("LECTURE-TEXT-INVALID", ErrorKind.INVALID),
    /** A review score lies outside 1..5. Args: score. */
    SCORE_INVALID("LECTURE-SCORE-INVALID", ErrorKind.INVALID),
    /** An attendance count is negative. Args: attendance. */
    ATTENDANCE_INVALID("LECTURE-ATTENDANCE-INVALID", ErrorKind.INVALID),
    /** R-LECT-3: a material is larger than its kind's limit. Args: name, kind, size, limitMb. */
    MATERIAL_TOO_LARGE("LECTURE-MATERIAL-TOO-LARGE", ErrorKind.RULE),
    /** R-LECT-3: a material's content type does not fit its kind. Args: name, kind, contentType, allowed. */
    MATERIAL_TYPE("LECTURE-MATERIAL-TYPE", ErrorKind.RULE),
    /** R-LECT-3: a material's file name is 1..max characters, without control characters or slashes. Args: max. */
    MATERIAL_NAME("LECTURE-MATERIAL-NAME", ErrorKind.INVALID),
    /** A report period ends before it starts or is longer than allowed. Args: from, to, maxMonths. */
    PERIOD_INVALID("LECTURE-PERIOD-INVALID", ErrorKind.INVALID),
    /** The unit has a study plan for that year already. Args: unit, year. */
    PLAN_EXISTS("LECTURE-PLAN-EXISTS", ErrorKind.CONFLICT),
    /** A selected request is not an open request of the plan's unit. Args: request, unit. */
    REQUEST_NOT_SELECTABLE("LECTURE-REQUEST-NOT-SELECTABLE", ErrorKind.RULE),
    /** Restored state breaks an invariant (a corrupt row). Args: what, id, reason. */
    STATE_INVALID("LECTURE-STATE-INVALID", ErrorKind.INVALID);

    private final String code;
    private final ErrorKind kind;

    LectureError(String code, ErrorKind kind) {
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
