package org.civility.notices;

import java.time.Duration;

import static java.util.Objects.requireNonNull;

/**
 * How long a notifier waits for a provider: to connect, and for the whole answer. A request that times out throws,
 * and the delivery is tried again after its backoff (the provider may have sent it: see ADR 0031).
 *
 * @param connect positive; {@code civility.notices.connect-timeout}, default 5 s
 * @param request positive; {@code civility.notices.request-timeout}, default 10 s
 */
public record Timeouts(Duration connect, Duration request) {

    public static final Duration DEFAULT_CONNECT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REQUEST = Duration.ofSeconds(10);

    public Timeouts {
        requireNonNull(connect, "connect");
        requireNonNull(request, "request");
        if (connect.isNegative() || connect.isZero() || request.isNegative() || request.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    public static Timeouts defaults() {
        return new Timeouts(DEFAULT_CONNECT, DEFAULT_REQUEST);
    }
}
