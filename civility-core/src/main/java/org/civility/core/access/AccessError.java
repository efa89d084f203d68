package org.civility.core.access;

import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.ErrorKind;

/** Codes of the access feature. */
public enum AccessError implements ErrorCode {
    /** The actor holds no role granting the permission at the unit or above it. */
    OUTSIDE_SUBTREE("ACCESS-DENIED");

    private final String code;

    AccessError(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.FORBIDDEN;
    }
}
