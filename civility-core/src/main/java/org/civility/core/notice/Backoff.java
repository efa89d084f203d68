package org.civility.core.notice;

import java.time.Duration;

import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;

/**
 * Exponential backoff of failed deliveries: after the n-th failed attempt the next one is due
 * {@code first * 2^(n-1)} later, capped at {@code max}. After {@code attentionAfter} failures a
 * delivery is flagged {@link DeliveryStatus#NEEDS_ATTENTION} but keeps being retried.
 */
public record Backoff(Duration first, Duration max, int attentionAfter) {

    public Backoff {
        if (first == null || max == null || first.isNegative() || first.isZero() || max.compareTo(first) < 0
                || attentionAfter < 1) {
            throw CivilityException.of(SharedError.INVALID_INPUT, "field", "backoff",
                    "reason", "first > 0, max >= first, attentionAfter >= 1");
        }
    }

    /** 30 s, 1 min, 2 min, … capped at 1 h; flagged after 5 failures. */
    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), 5);
    }

    /** The wait after the {@code failedAttempts}-th failure (1 = first failure). */
    public Duration delayAfter(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
