package org.civility.portal;

import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.ErrorKind;

/** Codes of the portal's own endpoints (first start); titles in {@code org/civility/portal/messages*.properties}. */
public enum PortalError implements ErrorCode {
    /** The first administrator exists already: the setup page is closed for good. */
    SETUP_DONE("SETUP-DONE", ErrorKind.CONFLICT),
    /** A write with credentials a browser sends on its own, from another site's page (CSRF). */
    CROSS_SITE_REQUEST("CROSS-SITE-REQUEST", ErrorKind.FORBIDDEN),
    /** The password was right, but it is a one-time password: choose one's own first (send newPassword). */
    PASSWORD_CHANGE_REQUIRED("PASSWORD-CHANGE-REQUIRED", ErrorKind.FORBIDDEN),
    /** The setup link's token is wrong or older than an hour. */
    SETUP_TOKEN_INVALID("SETUP-TOKEN-INVALID", ErrorKind.FORBIDDEN);

    private final String code;
    private final ErrorKind kind;

    PortalError(String code, ErrorKind kind) {
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
        return "org.civility.portal.messages";
    }
}
