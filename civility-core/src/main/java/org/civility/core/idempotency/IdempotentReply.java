package org.civility.core.idempotency;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * The answer given to the first request with a key: kept so that the same request sent again with the same key gets
 * it back. Keyed by {@code keyDigest}, a digest of the caller and the key, so neither is stored as sent.
 *
 * @param keyDigest   SHA-256 (hex) of the caller and the key
 * @param fingerprint SHA-256 (hex) of what the request asked (method, path, body), to refuse the key on another one
 * @param status      the status answered (2xx)
 * @param location    the {@code Location} answered, or null
 * @param body        the body answered (JSON), or null
 * @param storedAt    when it was answered
 */
public record IdempotentReply(String keyDigest, String fingerprint, int status, String location, String body,
                              Instant storedAt) {

    public IdempotentReply {
        requireNonNull(keyDigest, "keyDigest");
        requireNonNull(fingerprint, "fingerprint");
        requireNonNull(storedAt, "storedAt");
        if (status < 200 || status > 299) {
            throw new IllegalArgumentException("only successful answers are kept: " + status);
        }
    }
}
