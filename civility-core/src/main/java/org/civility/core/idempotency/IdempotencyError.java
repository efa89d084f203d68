package org.civility.core.idempotency;

import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.ErrorKind;

/** Codes of requests sent with an {@code Idempotency-Key}. */
public enum IdempotencyError implements ErrorCode {
    /** The key is empty, too long or holds other than visible ASCII. Args: maxLength. */
    KEY_INVALID("IDEMPOTENCY-KEY-INVALID", ErrorKind.INVALID),
    /** The key was used for another request (another path or body). */
    KEY_REUSED("IDEMPOTENCY-KEY-REUSED", ErrorKind.RULE),
    /** A request with the key is being answered right now; send it again in a moment. */
    KEY_IN_USE("IDEMPOTENCY-KEY-IN-USE", ErrorKind.CONFLICT);

    private final String code;
    private final ErrorKind kind;

    IdempotencyError(String code, ErrorKind kind) {
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
