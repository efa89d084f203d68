package org.civility.core.record;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.civility.core.shared.CivilityException;
import org.civility.core.spi.AttemptCounter;

import static java.util.Objects.requireNonNull;

/**
 * R-ACC-2 repeated wrong check-in codes are throttled per account: after {@link #MAX_WRONG_CODES} wrong codes
 * (answered RECORD-CODE-UNKNOWN) within {@link #WINDOW}, further check-ins and check-outs of the account are refused
 * with RECORD-CODE-THROTTLED until the oldest of them leaves the window; a refused attempt does not count, so the
 * wait never grows beyond the window.
 *
 * <p>Every attempt with a code is counted as wrong when it starts, in one step with the check, so that attempts made
 * at the same time cannot slip past the limit together; the caller takes back one that was not wrong
 * ({@link Attempt#notWrong()}). The counts live in an {@link AttemptCounter} under
 * {@value #KEY_PREFIX}{@code <account>}, one per process unless the portal shares one.
 */
public final class WrongCodeThrottlePolicy {

    public static final String RULE = "R-ACC-2";
    /** How many wrong codes an account may try within {@link #WINDOW}. */
    public static final int MAX_WRONG_CODES = 5;
    /** How long a wrong code counts. */
    public static final Duration WINDOW = Duration.ofMinutes(10);

    static final String KEY_PREFIX = "check-in-code:";

    private final AttemptCounter counter;
    private final Clock clock;

    /**
     * @param counter where the wrong codes are counted, e.g. an {@code InMemoryAttemptCounter} kept for the process's
     *                lifetime, or one a cluster shares
     */
    public WrongCodeThrottlePolicy(AttemptCounter counter, Clock clock) {
        this.counter = requireNonNull(counter, "counter");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * Starts an attempt of {@code account} with a code, counted as a wrong code until {@link Attempt#notWrong()}.
     *
     * @throws CivilityException RECORD-CODE-THROTTLED (arg retryAfterSeconds, at least 1) if the account tried
     *                           {@link #MAX_WRONG_CODES} wrong codes within the last {@link #WINDOW}
     */
    public Attempt attempt(String account) {
        String key = KEY_PREFIX + requireNonNull(account, "account");
        Instant now = clock.instant();
        Optional<Instant> refusedUntil = counter.count(key, now, WINDOW, MAX_WRONG_CODES);
        if (refusedUntil.isPresent()) {
            throw CivilityException.of(RecordError.CODE_THROTTLED, "retryAfterSeconds",
                    Math.max(1, ceilSeconds(Duration.between(now, refusedUntil.get()))));
        }
        return new Attempt(key, now);
    }

    private static long ceilSeconds(Duration d) {
        return d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
    }

    /** An attempt with a code, counted as wrong unless taken back. */
    public final class Attempt {

        private final String key;
        private final Instant at;
        private boolean takenBack;

        private Attempt(String key, Instant at) {
            this.key = key;
            this.at = at;
        }

        /** The attempt was not a wrong code (it succeeded, or failed for another reason): it no longer counts. */
        public synchronized void notWrong() {
            if (!takenBack) {
                takenBack = true;
                counter.forget(key, at);
            }
        }
    }
}
