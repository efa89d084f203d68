package org.civility.portal.oidc;

import org.civility.portal.Settings;

import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;

import static java.util.Objects.requireNonNull;

/**
 * How the portal reaches its OpenID Connect provider (a province's 统一身份认证), from the portal's {@link Settings}:
 * {@code CIVILITY_OIDC_ISSUER}, {@code CIVILITY_OIDC_CLIENT_ID}, {@code CIVILITY_OIDC_CLIENT_SECRET} and
 * {@code CIVILITY_OIDC_USERNAME_CLAIM} (default {@code preferred_username}), or the system properties
 * {@code civility.oidc.issuer} and so on. The issuer must be {@code https}, or {@code http} on the loopback address
 * (tests). The secret never leaves this record: {@link #toString()} leaves it out.
 *
 * @param issuer        the provider's issuer identifier; its discovery document is at
 *                      {@code <issuer>/.well-known/openid-configuration}
 * @param clientId      the portal's client id at the provider
 * @param clientSecret  the portal's client secret; it also keys the sign-in flows the browser holds
 * @param usernameClaim the claim that names the Civility account
 */
public record OidcSettings(URI issuer, String clientId, String clientSecret, String usernameClaim) {

    private static final Logger LOG = Logger.getLogger(OidcSettings.class.getName());

    public static final String DEFAULT_USERNAME_CLAIM = "preferred_username";

    public OidcSettings {
        requireNonNull(issuer, "issuer");
        requireNonNull(clientId, "clientId");
        requireNonNull(clientSecret, "clientSecret");
        requireNonNull(usernameClaim, "usernameClaim");
        boolean loopback = "127.0.0.1".equals(issuer.getHost()) || "localhost".equals(issuer.getHost())
                || "[::1]".equals(issuer.getHost());
        if (!"https".equals(issuer.getScheme()) && !("http".equals(issuer.getScheme()) && loopback)) {
            throw new IllegalArgumentException("the OpenID Connect issuer must be an https URL: " + issuer);
        }
    }

    /**
     * The settings of the deployment; empty when no issuer is set, or (logged as an error) when the issuer is set
     * without a client id and secret or is not a valid URL.
     */
    public static Optional<OidcSettings> fromSettings() {
        Optional<String> issuer = Settings.get("civility.oidc.issuer");
        if (issuer.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> clientId = Settings.get("civility.oidc.client.id");
        Optional<String> secret = Settings.get("civility.oidc.client.secret");
        if (clientId.isEmpty() || secret.isEmpty()) {
            LOG.severe("OpenID Connect sign-in is off: CIVILITY_OIDC_ISSUER is set, but CIVILITY_OIDC_CLIENT_ID or "
                    + "CIVILITY_OIDC_CLIENT_SECRET is not");
            return Optional.empty();
        }
        try {
            // Exactly as given: the issuer must equal the tokens' iss claim, a trailing slash included.
            return Optional.of(new OidcSettings(URI.create(issuer.get().strip()), clientId.get().strip(), secret.get(),
                    Settings.get("civility.oidc.username.claim", DEFAULT_USERNAME_CLAIM).strip()));
        } catch (IllegalArgumentException e) {
            LOG.severe("OpenID Connect sign-in is off: " + e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "OidcSettings[issuer=" + issuer + ", clientId=" + clientId + ", usernameClaim=" + usernameClaim + "]";
    }
}
