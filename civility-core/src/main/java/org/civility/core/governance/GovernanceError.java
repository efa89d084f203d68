package org.civility.core.governance;

import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.ErrorKind;

/** Codes of the governance feature. */
public enum GovernanceError implements ErrorCode {
    /** No setting of that name is registered. Args: setting. */
    UNKNOWN_SETTING("GOV-UNKNOWN-SETTING", ErrorKind.INVALID),
    /** The text is no valid value of the setting. Args: setting, value. */
    INVALID_VALUE("GOV-INVALID-VALUE", ErrorKind.INVALID),
    /** A unit may tighten what its parents impose, never loosen it. Args: setting, value, inherited, unit. */
    LOOSEN("GOV-LOOSEN", ErrorKind.RULE);

    private final String code;
    private final ErrorKind kind;

    GovernanceError(String code, ErrorKind kind) {
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
