package org.civility.portal;

import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.ErrorKind;

/**
 * Codes of the portal's own endpoints (first start, sign-in); titles in {@code org/civility/portal/messages*.properties}.
 * The sign-in codes' HTTP statuses are set where they are answered: 401 for a sign-in that failed, 502 for a provider
 * that could not be reached.
 */
public enum PortalError implements ErrorCode {
    /** The first administrator exists already: the setup page is closed for good. */
    SETUP_DONE("SETUP-DONE", ErrorKind.CONFLICT),
    /** A write with credentials a browser sends on its own, from another site's page (CSRF). */
    CROSS_SITE_REQUEST("CROSS-SITE-REQUEST", ErrorKind.FORBIDDEN),
    /** The password was right, but it is a one-time password: choose one's own first (send newPassword). */
    PASSWORD_CHANGE_REQUIRED("PASSWORD-CHANGE-REQUIRED", ErrorKind.FORBIDDEN),
    /** The setup link's token is wrong or older than an hour. */
    SETUP_TOKEN_INVALID("SETUP-TOKEN-INVALID", ErrorKind.FORBIDDEN),
    /** The portal still waits for its first administrator: no one signs in through the identity provider yet. */
    SETUP_REQUIRED("SETUP-REQUIRED", ErrorKind.CONFLICT),
    /** This deployment does not sign in with user name and password ({@code CIVILITY_PASSWORD_SIGN_IN=false}). */
    PASSWORD_SIGN_IN_DISABLED("PASSWORD-SIGN-IN-DISABLED", ErrorKind.FORBIDDEN),
    /** This deployment does not accept HTTP Basic ({@code CIVILITY_BASIC_AUTH=false}). */
    BASIC_AUTH_DISABLED("BASIC-AUTH-DISABLED", ErrorKind.FORBIDDEN),
    /** No OpenID Connect provider is configured. */
    OIDC_NOT_CONFIGURED("OIDC-NOT-CONFIGURED", ErrorKind.NOT_FOUND),
    /** The sign-in flow the browser returned is unknown, altered, expired or not the one the provider answered. */
    OIDC_FLOW_INVALID("OIDC-FLOW-INVALID", ErrorKind.INVALID),
    /** The provider refused the sign-in (the person cancelled, or the code was used or expired). */
    OIDC_PROVIDER_REFUSED("OIDC-PROVIDER-REFUSED", ErrorKind.FORBIDDEN),
    /** The provider's discovery document, keys or token endpoint could not be reached or read. */
    OIDC_PROVIDER_UNAVAILABLE("OIDC-PROVIDER-UNAVAILABLE", ErrorKind.CONFLICT),
    /** The ID token failed validation (signature, issuer, audience, expiry or nonce). */
    OIDC_ID_TOKEN_INVALID("OIDC-ID-TOKEN-INVALID", ErrorKind.FORBIDDEN),
    /** The provider named no usable account: the configured username claim is missing or unusable. */
    OIDC_USERNAME_MISSING("OIDC-USERNAME-MISSING", ErrorKind.FORBIDDEN);

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
