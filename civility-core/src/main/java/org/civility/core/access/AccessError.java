package org.civility.core.access;

import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.ErrorKind;

/** Codes of the access feature. */
public enum AccessError implements ErrorCode {
    /**
     * The actor holds no role granting the permission at the unit or above it. Args: actor, permission (never the
     * unit: it may be that of something in another branch).
     */
    OUTSIDE_SUBTREE("ACCESS-DENIED", ErrorKind.FORBIDDEN),
    /**
     * A command refers to something (a volunteer, a team, a booking) whose unit lies outside the subtree of the
     * unit the command acts at. Args: what, id (as the caller gave it; never the unit it belongs to).
     */
    REFERENCE_OUTSIDE_SUBTREE("REFERENCE-OUTSIDE-SUBTREE", ErrorKind.RULE);

    private final String code;
    private final ErrorKind kind;

    AccessError(String code, ErrorKind kind) {
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
