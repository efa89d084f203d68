package org.civility.core.account;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * A one-time code sent to a phone to sign up with, as kept: digests only, never the code or the number.
 *
 * @param phoneDigest SHA-256 of the phone number (hex): one code per phone, a new one replaces the old
 * @param codeDigest  SHA-256 of the number and the code (hex)
 * @param expiresAt   when the code stops working
 * @param wrongTries  how many wrong codes were typed for it
 */
public record SignUpCode(String phoneDigest, String codeDigest, Instant expiresAt, int wrongTries) {

    public SignUpCode {
        requireNonNull(phoneDigest, "phoneDigest");
        requireNonNull(codeDigest, "codeDigest");
        requireNonNull(expiresAt, "expiresAt");
        if (wrongTries < 0) {
            throw new IllegalArgumentException("wrongTries must not be negative: " + wrongTries);
        }
    }

    SignUpCode triedWrong() {
        return new SignUpCode(phoneDigest, codeDigest, expiresAt, wrongTries + 1);
    }
}
