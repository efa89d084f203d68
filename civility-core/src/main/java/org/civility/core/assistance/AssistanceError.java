package org.civility.core.assistance;

import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.ErrorKind;

/** Codes of the assistance feature. */
public enum AssistanceError implements ErrorCode {
    /** R-HELP-1: a pairing's visit interval exceeds the unit's maximum. Args: intervalDays, maxDays. */
    VISIT_INTERVAL_TOO_LONG("R-HELP-1", ErrorKind.RULE),
    /** A name is blank or too long. Args: field, max. */
    NAME_INVALID("ASSISTANCE-NAME-INVALID", ErrorKind.INVALID),
    /** A text (address, needs, notes) is blank where required or too long. Args: field, max. */
    TEXT_INVALID("ASSISTANCE-TEXT-INVALID", ErrorKind.INVALID),
    /** A birth year outside 1900-2100 or not matching the resident ID number. Args: birthYear. */
    BIRTH_YEAR_INVALID("ASSISTANCE-BIRTH-YEAR", ErrorKind.INVALID),
    /** A guardian given for a recipient who is no child. Args: category. */
    GUARDIAN_NOT_CHILD("ASSISTANCE-GUARDIAN-NOT-CHILD", ErrorKind.INVALID),
    /** A pairing without volunteers or with too many. Args: count, max. */
    VOLUNTEERS_INVALID("ASSISTANCE-VOLUNTEERS-INVALID", ErrorKind.INVALID),
    /** A visit interval below one day. Args: intervalDays. */
    INTERVAL_INVALID("ASSISTANCE-INTERVAL-INVALID", ErrorKind.INVALID),
    /** A start date in the future or further back than the setting allows. Args: startedOn, earliest, latest. */
    START_DATE("ASSISTANCE-START-DATE", ErrorKind.RULE),
    /** An end date before the start date. Args: endedOn, startedOn. */
    END_DATE("ASSISTANCE-END-DATE", ErrorKind.INVALID),
    /** A visit's duration is out of range. Args: minutes, max. */
    VISIT_DURATION("ASSISTANCE-VISIT-DURATION", ErrorKind.INVALID),
    /** A visit before the pairing began or in the future. Args: visitedOn, startedOn. */
    VISIT_DATE("ASSISTANCE-VISIT-DATE", ErrorKind.INVALID),
    /** Someone records a visit who is no volunteer of the pairing. Args: volunteer, pairing. */
    NOT_PAIRED("ASSISTANCE-NOT-PAIRED", ErrorKind.FORBIDDEN),
    /**
     * R-HELP-1: whoever pairs volunteers is one of them (their own volunteer record); pairing oneself would show
     * oneself the recipient's details. Args: actor.
     */
    SELF_PAIRING("ASSISTANCE-SELF-PAIRING", ErrorKind.FORBIDDEN),
    /** The recipient has an active pairing already. Args: recipient, pairing. */
    ALREADY_PAIRED("ASSISTANCE-ALREADY-PAIRED", ErrorKind.CONFLICT),
    /** The pairing has ended; no more visits or ending. Args: pairing, endedOn. */
    PAIRING_ENDED("ASSISTANCE-PAIRING-ENDED", ErrorKind.CONFLICT);

    private final String code;
    private final ErrorKind kind;

    AssistanceError(String code, ErrorKind kind) {
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
