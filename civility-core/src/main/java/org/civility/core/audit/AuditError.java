package org.civility.core.audit;

import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.ErrorKind;

/** Codes of the audit trail. */
public enum AuditError implements ErrorCode {
    /** An entry lacks its actor, subject or units, or a text is too long. Args: field, max. */
    ENTRY_INVALID("AUDIT-ENTRY-INVALID", ErrorKind.INVALID),
    /** An entry with this id exists already; entries are never replaced. Args: id. */
    ENTRY_EXISTS("AUDIT-ENTRY-EXISTS", ErrorKind.CONFLICT),
    /** The period asked for is empty or longer than allowed. Args: from, to, maxDays. */
    PERIOD_INVALID("AUDIT-PERIOD", ErrorKind.INVALID);

    private final String code;
    private final ErrorKind kind;

    AuditError(String code, ErrorKind kind) {
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
