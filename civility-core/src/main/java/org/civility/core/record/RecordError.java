package org.civility.core.record;

import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.ErrorKind;

/** Codes of the service record feature. */
public enum RecordError implements ErrorCode {
    /**
     * R-REC-1: the volunteer already has an effective entry in that time. Args: volunteer, start, end, and the
     * conflicting entry's id only for those who may read it (the volunteer, VIEW at its unit).
     */
    OVERLAPPING("R-REC-1", ErrorKind.RULE),
    /** Make-up time longer than the scheduled length. Args: minutes, scheduledMinutes. */
    MAKE_UP_CAPPED("RECORD-MAKE-UP-CAPPED", ErrorKind.RULE),
    /** A location was given without the volunteer's separate consent. Args: volunteer. */
    LOCATION_CONSENT("RECORD-LOCATION-CONSENT", ErrorKind.RULE),
    /** A volunteer may check in and out only for themselves. Args: volunteer. */
    NOT_OWN("RECORD-NOT-OWN", ErrorKind.FORBIDDEN),
    /** The session is not open (already closed or corrected). Args: id. */
    NOT_OPEN("RECORD-NOT-OPEN", ErrorKind.RULE),
    /** The entry was already corrected; correct the latest entry instead. Args: id, correctedBy. */
    ALREADY_CORRECTED("RECORD-ALREADY-CORRECTED", ErrorKind.CONFLICT),
    /** An entry's input is malformed (end before start, blank description, ...). Args: field, value. */
    ENTRY_INVALID("RECORD-ENTRY-INVALID", ErrorKind.INVALID),
    /**
     * No code with these digits or link token is open to the volunteer: none was opened, it takes no check-ins at
     * this time, the volunteer may not sign up at its unit, or (at check-out) they never checked in with it. One
     * answer for all, so that nobody learns which codes exist. No args.
     */
    CODE_UNKNOWN("RECORD-CODE-UNKNOWN", ErrorKind.NOT_FOUND),
    /** The volunteer checked in with the code, and it no longer takes their check-out. Args: code, closedAt. */
    CODE_EXPIRED("RECORD-CODE-EXPIRED", ErrorKind.RULE),
    /** The volunteer already checked in with this code. Args: code, volunteer, session. */
    CODE_ALREADY_USED("RECORD-CODE-ALREADY-USED", ErrorKind.CONFLICT),
    /**
     * R-ACC-2: the account tried too many wrong codes ({@link WrongCodeThrottlePolicy}) and may try again in
     * {@code retryAfterSeconds}. Args: retryAfterSeconds.
     */
    CODE_THROTTLED("RECORD-CODE-THROTTLED", ErrorKind.THROTTLED),
    /** No free digits could be found, or another code took the same digits at once; try again. Args: code. */
    CODE_TAKEN("RECORD-CODE-TAKEN", ErrorKind.CONFLICT),
    /** The signed-in account is not linked to a volunteer record. Args: actor. */
    NO_VOLUNTEER("RECORD-NO-VOLUNTEER", ErrorKind.FORBIDDEN),
    /** An export's period is empty, reversed or too long. Args: from, to, maxDays. */
    EXPORT_PERIOD("RECORD-EXPORT-PERIOD", ErrorKind.INVALID),
    /** An export would hold more entries than allowed; choose a shorter period or a smaller unit. Args: max. */
    EXPORT_TOO_LARGE("RECORD-EXPORT-TOO-LARGE", ErrorKind.RULE),
    /**
     * R-REC-1: the unit's chain does not end at its sealed head (entries were altered, cut off or written around
     * core), so nothing more is appended to it until the unit's head has had it checked. Args: unit.
     */
    CHAIN_BROKEN("RECORD-CHAIN-BROKEN", ErrorKind.CONFLICT);

    private final String code;
    private final ErrorKind kind;

    RecordError(String code, ErrorKind kind) {
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
