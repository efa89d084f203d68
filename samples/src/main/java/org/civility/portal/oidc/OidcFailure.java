package org.civility.portal.oidc;

import org.civility.portal.PortalError;

import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * A sign-in through the OpenID Connect provider that cannot go on, with the code and HTTP status the browser gets as
 * problem+json. Its message never holds a token, a code or a secret.
 */
public final class OidcFailure extends RuntimeException {

    private final PortalError code;
    private final int status;
    private final Map<String, String> args;

    public OidcFailure(PortalError code, int status, Map<String, String> args, String reason) {
        this(code, status, args, reason, null);
    }

    public OidcFailure(PortalError code, int status, Map<String, String> args, String reason, Throwable cause) {
        super(code.code() + ": " + reason, cause);
        this.code = requireNonNull(code, "code");
        this.status = status;
        this.args = Map.copyOf(args);
    }

    static OidcFailure flowInvalid(String reason) {
        return new OidcFailure(PortalError.OIDC_FLOW_INVALID, 400, Map.of(), reason);
    }

    static OidcFailure unavailable(String reason, Throwable cause) {
        return new OidcFailure(PortalError.OIDC_PROVIDER_UNAVAILABLE, 502, Map.of(), reason, cause);
    }

    static OidcFailure idTokenInvalid(String reason, Throwable cause) {
        return new OidcFailure(PortalError.OIDC_ID_TOKEN_INVALID, 401, Map.of(), reason, cause);
    }

    public PortalError code() {
        return code;
    }

    public int status() {
        return status;
    }

    /** Arguments of the problem's detail text. */
    public Map<String, String> args() {
        return args;
    }
}
