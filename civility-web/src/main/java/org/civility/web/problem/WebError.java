package org.civility.web.problem;

import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.ErrorKind;

/** Codes the web adapter adds to core's: protocol-level failures. */
public enum WebError implements ErrorCode {
    VALIDATION("VALIDATION", ErrorKind.INVALID),
    MALFORMED_REQUEST("MALFORMED-REQUEST", ErrorKind.INVALID),
    UNAUTHENTICATED("UNAUTHENTICATED", ErrorKind.FORBIDDEN),
    SIGN_IN_FAILED("SIGN-IN-FAILED", ErrorKind.FORBIDDEN),
    NO_SUCH_RESOURCE("NO-SUCH-RESOURCE", ErrorKind.NOT_FOUND),
    METHOD_NOT_ALLOWED("METHOD-NOT-ALLOWED", ErrorKind.INVALID),
    NOT_ACCEPTABLE("NOT-ACCEPTABLE", ErrorKind.INVALID),
    UNSUPPORTED_MEDIA_TYPE("UNSUPPORTED-MEDIA-TYPE", ErrorKind.INVALID),
    INTERNAL("INTERNAL", ErrorKind.CONFLICT),
    /** The database cannot be reached now; nothing was done. Args: retryAfterSeconds. */
    DATABASE_UNAVAILABLE("DATABASE-UNAVAILABLE", ErrorKind.UNAVAILABLE),
    /** Two requests wrote the same thing at the same moment and the database refused the second (a unique key). */
    WRITE_CONFLICT("WRITE-CONFLICT", ErrorKind.CONFLICT),
    /** A JSON body longer than the limit (413). Args: maxBytes. */
    REQUEST_TOO_LARGE("REQUEST-TOO-LARGE", ErrorKind.INVALID);

    private final String code;
    private final ErrorKind kind;

    WebError(String code, ErrorKind kind) {
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

    @Override
    public String bundleBaseName() {
        return "org.civility.web.messages";
    }
}
