package org.civility.core.notice;

import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.ErrorKind;

/** Codes of the notice feature. Rule codes equal the rule ids of DOMAIN §7. */
public enum NoticeError implements ErrorCode {
    /**
     * R-NOTE-1: a notice must be published at least the minimum lead time before its subject starts.
     * Args: startsAt, publishAt, minLeadHours.
     */
    TOO_LATE("R-NOTE-1", ErrorKind.RULE),
    /** A notice needs at least one channel. Args: notice. */
    NO_CHANNEL("NOTICE-NO-CHANNEL", ErrorKind.INVALID),
    /** A text is longer than allowed. Args: field, max, length. */
    TEXT_TOO_LONG("NOTICE-TEXT-TOO-LONG", ErrorKind.INVALID),
    /** The notice does not use this channel. Args: notice, channel. */
    CHANNEL_NOT_USED("NOTICE-CHANNEL-NOT-USED", ErrorKind.NOT_FOUND),
    /** A sent delivery is not sent again. Args: notice, channel, sentAt. */
    ALREADY_SENT("NOTICE-ALREADY-SENT", ErrorKind.RULE),
    /** Restored state breaks an invariant (a corrupt row). Args: what, id, reason. */
    STATE_INVALID("NOTICE-STATE-INVALID", ErrorKind.INVALID);

    private final String code;
    private final ErrorKind kind;

    NoticeError(String code, ErrorKind kind) {
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
