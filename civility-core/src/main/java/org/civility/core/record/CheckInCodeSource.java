package org.civility.core.record;

import java.security.SecureRandom;

/**
 * Where the digits and link tokens of new check-in codes come from. A portal keeps {@link #random()}; tests pass a
 * fixed sequence of digits. The service asks again when the digits are held by a code still open, so the source
 * need not avoid repeats of digits; link tokens are drawn from a {@link SecureRandom} unless a source says otherwise.
 */
@FunctionalInterface
public interface CheckInCodeSource {

    /** How many random bytes a link token carries: 192 bits, 32 base64url characters. */
    int LINK_TOKEN_BYTES = 24;

    /** Six decimal digits, e.g. {@code "042517"}. */
    String nextCode();

    /**
     * A fresh link token: {@link #LINK_TOKEN_BYTES} bytes from a {@link SecureRandom} in base64url without padding,
     * never repeated in practice. An override must stay well formed ({@link CheckInCode#isWellFormedLinkToken}) and
     * carry at least 128 random bits.
     */
    default String nextLinkToken() {
        return LinkTokens.next(LINK_TOKEN_BYTES);
    }

    /** Uniformly random digits from a {@link SecureRandom}, so codes cannot be guessed from earlier ones. */
    static CheckInCodeSource random() {
        SecureRandom random = new SecureRandom();
        return () -> String.format("%06d", random.nextInt(1_000_000));
    }
}
