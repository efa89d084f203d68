package org.civility.portal.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.civility.portal.Settings;
import org.civility.portal.oidc.OidcSettings;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * The ways this deployment lets people and programs sign in, read once at start from the portal's {@link Settings}:
 * <ul>
 *   <li>{@code CIVILITY_PASSWORD_SIGN_IN} ({@code civility.password.sign.in}): the UI's user name and password form
 *       ({@code POST /api/v1/sessions}); on unless {@code false};</li>
 *   <li>{@code CIVILITY_BASIC_AUTH} ({@code civility.basic.auth}): HTTP Basic for API clients; on unless
 *       {@code false};</li>
 *   <li>OpenID Connect ({@link OidcSettings}): on when its issuer, client id and client secret are set.</li>
 * </ul>
 * A deployment that signs everyone in through its province's identity platform sets both flags to {@code false}.
 */
@ApplicationScoped
public class SignInMethods {

    private static final Logger LOG = Logger.getLogger(SignInMethods.class.getName());

    private boolean password;
    private boolean basic;
    private Optional<OidcSettings> oidc;

    @PostConstruct
    void read() {
        password = !off("civility.password.sign.in");
        basic = !off("civility.basic.auth");
        oidc = OidcSettings.fromSettings();
        LOG.info(() -> "Sign-in methods: password form " + (password ? "on" : "off") + ", HTTP Basic "
                + (basic ? "on" : "off") + ", OpenID Connect " + oidc.map(o -> "with " + o.issuer()).orElse("off"));
    }

    private static boolean off(String property) {
        return Settings.get(property).map(v -> v.strip().equalsIgnoreCase("false")).orElse(false);
    }

    /** Whether the UI's password form may sign in. */
    public boolean password() {
        return password;
    }

    /** Whether API clients may authenticate with HTTP Basic. */
    public boolean basic() {
        return basic;
    }

    /** The OpenID Connect provider people sign in through, if configured. */
    public Optional<OidcSettings> oidc() {
        return oidc;
    }
}
