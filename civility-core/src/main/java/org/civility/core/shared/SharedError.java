package org.civility.core.shared;

/** Codes shared by every feature. */
public enum SharedError implements ErrorCode {
    PAGE_INVALID("PAGE-INVALID", ErrorKind.INVALID),
    NOT_FOUND("NOT-FOUND", ErrorKind.NOT_FOUND),
    STALE_VERSION("STALE-VERSION", ErrorKind.CONFLICT),
    REQUIRED("REQUIRED", ErrorKind.INVALID),
    INVALID_INPUT("INVALID-INPUT", ErrorKind.INVALID);

    private final String code;
    private final ErrorKind kind;

    SharedError(String code, ErrorKind kind) {
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
