package org.civility.core.record;

import java.security.SecureRandom;
import java.util.Base64;

/** Draws link tokens for {@link CheckInCodeSource#nextLinkToken()} from one {@link SecureRandom}. */
final class LinkTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private LinkTokens() {
    }

    /** {@code bytes} random bytes in base64url without padding. */
    static String next(int bytes) {
        byte[] drawn = new byte[bytes];
        RANDOM.nextBytes(drawn);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(drawn);
    }
}
