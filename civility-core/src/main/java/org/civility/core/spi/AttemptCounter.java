package org.civility.core.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts attempts per key within a sliding window, for throttling rules such as R-ACC-2 (wrong check-in codes, failed
 * sign-ins). Core ships {@link org.civility.core.memory.InMemoryAttemptCounter}, which counts within one process; a
 * cluster of portals shares one implementation over a common store so that spreading attempts over its nodes gains
 * nothing. Keys are chosen by the rule (e.g. {@code check-in-code:<account>}), so rules may share a counter.
 *
 * <p>Every method is thread-safe, and {@link #count} checks and counts in one atomic step: attempts made at the same
 * instant can never slip past the limit together.
 */
public interface AttemptCounter {

    /**
     * Counts an attempt of {@code key} at {@code at}, unless too many are counted. Attempts at or before
     * {@code at - window} no longer count (and may be forgotten). If {@code limit} attempts still count, this one is
     * not counted and the answer is the instant the oldest of them leaves the window, after which one more attempt is
     * counted; otherwise this one is counted and the answer is empty.
     *
     * @param limit how many attempts count at most within the window, at least 1
     * @return empty if counted; the instant from which to try again if not
     */
    Optional<Instant> count(String key, Instant at, Duration window, int limit);

    /** Takes back one attempt of {@code key} counted at {@code at}: it turned out not to count. Nothing if none is. */
    void forget(String key, Instant at);
}
