package org.civility.core.account;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * One signed-in session of an account, as stored: never the token itself, only its SHA-256 digest, so a copy of the
 * store signs nobody in.
 *
 * <p>Invariants: the digest is 64 lower-case hex digits; createdAt &le; lastUsedAt &lt; expiresAt.
 *
 * @param digest     SHA-256 of the bearer token, hex
 * @param username   the account signed in
 * @param createdAt  when it was opened
 * @param lastUsedAt when it last answered a request (kept to the minute)
 * @param expiresAt  the absolute end, however busy the session
 */
public record SignInSession(String digest, String username, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {

    public SignInSession {
        requireNonNull(digest, "digest");
        requireNonNull(username, "username");
        requireNonNull(createdAt, "createdAt");
        requireNonNull(lastUsedAt, "lastUsedAt");
        requireNonNull(expiresAt, "expiresAt");
        if (!digest.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("digest must be 64 hex digits");
        }
        if (lastUsedAt.isBefore(createdAt) || !expiresAt.isAfter(lastUsedAt)) {
            throw new IllegalArgumentException("createdAt <= lastUsedAt < expiresAt must hold");
        }
    }

    /** The same session, used at {@code at}. */
    public SignInSession usedAt(Instant at) {
        return new SignInSession(digest, username, createdAt, at, expiresAt);
    }
}
