package org.civility.portal.setup;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The one-time token of the first-administrator page (R-ACC-3): 256 random bits, valid for {@link #VALIDITY}, kept
 * only as its SHA-256 digest, and spent once the first administrator exists. A restart issues a new one.
 */
@ApplicationScoped
public class SetupToken {

    /** How long a setup link works. */
    public static final Duration VALIDITY = Duration.ofHours(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock = Clock.systemUTC();
    private byte[] digest;
    private Instant expires;

    /** A new token (the previous one stops working), to be shown to the operator once. */
    public synchronized String issue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        digest = sha256(token);
        expires = clock.instant().plus(VALIDITY);
        return token;
    }

    /** Whether the token is the one issued last and still valid. */
    public synchronized boolean matches(String token) {
        return digest != null && token != null && !clock.instant().isAfter(expires)
                && MessageDigest.isEqual(digest, sha256(token));
    }

    /** Spends the token: it never works again. */
    public synchronized void spend() {
        digest = null;
    }

    /** When the current token stops working, if one is issued. */
    public synchronized Optional<Instant> expiry() {
        return digest == null ? Optional.empty() : Optional.of(expires);
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
