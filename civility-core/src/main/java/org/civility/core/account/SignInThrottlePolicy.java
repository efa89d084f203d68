package org.civility.core.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import org.civility.core.shared.Decision;
import org.civility.core.shared.Policy;

import static java.util.Objects.requireNonNull;

/**
 * R-ACC-2 repeated failed sign-ins are throttled per account and per address: after {@link Limits#perAccount()}
 * failures for one username (default 5) or {@link Limits#perAddress()} from one address (default 20) within
 * {@link Limits#window()} (default 15 minutes), further attempts are rejected until the oldest of those failures
 * leaves the window. The username counts whether or not an account of that name exists, so the throttle tells
 * nothing about which names are taken, and regardless of case, so {@code Zhao} and {@code ZHAO} share a budget.
 *
 * <p>Rejects with {@link AccountError#THROTTLED} (arg retryAfterSeconds, at least 1). {@link #evaluate} only reads;
 * the caller reports each outcome through {@link #failed} and {@link #succeeded}. A throttled attempt is not itself
 * a failure, so the wait never grows beyond the window.
 *
 * <p>State is kept in this object (one per process): each key holds at most its limit of failure times, and keys
 * whose failures have all left the window are dropped once more than {@value #MAX_KEYS} are kept. A cluster of
 * portals throttles per node, so an attacker spreading attempts over N nodes gets N times the budget.
 * Thread-safe.
 */
public final class SignInThrottlePolicy implements Policy<SignInThrottlePolicy.Attempt> {

    public static final String RULE = "R-ACC-2";
    static final int MAX_KEYS = 100_000;

    private final Limits limits;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    public SignInThrottlePolicy(Limits limits, Clock clock) {
        this.limits = requireNonNull(limits, "limits");
        this.clock = requireNonNull(clock, "clock");
    }

    /** The defaults of DOMAIN §9: 5 per account, 20 per address, within 15 minutes. */
    public static SignInThrottlePolicy defaults(Clock clock) {
        return new SignInThrottlePolicy(Limits.defaults(), clock);
    }

    /**
     * How many failures are allowed, and over how long.
     *
     * @param perAccount failures for one username before it is throttled, at least 1
     * @param perAddress failures from one address before it is throttled, at least 1
     * @param window     how long a failure counts, positive
     */
    public record Limits(int perAccount, int perAddress, Duration window) {

        public Limits {
            requireNonNull(window, "window");
            if (perAccount < 1 || perAddress < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("limits must be positive: " + perAccount + ", " + perAddress
                        + ", " + window);
            }
        }

        public static Limits defaults() {
            return new Limits(5, 20, Duration.ofMinutes(15));
        }
    }

    /**
     * A sign-in attempt (or any check of a password: changing one's own counts too).
     *
     * @param username as typed; never null
     * @param address  the client's address, or empty when unknown (then only the username counts)
     */
    public record Attempt(String username, String address) {

        public Attempt {
            requireNonNull(username, "username");
            address = address == null ? "" : address.strip();
        }
    }

    @Override
    public synchronized Decision evaluate(Attempt attempt) {
        Instant now = clock.instant();
        Duration wait = max(wait(accountKey(attempt), limits.perAccount(), now),
                attempt.address().isEmpty() ? Duration.ZERO : wait(addressKey(attempt), limits.perAddress(), now));
        if (wait.isZero()) {
            return Decision.allowed();
        }
        return Decision.rejected(AccountError.THROTTLED, "retryAfterSeconds", Math.max(1, ceilSeconds(wait)));
    }

    /** How long {@code attempt} must wait; zero if it may go ahead. */
    public Duration retryAfter(Attempt attempt) {
        return evaluate(attempt) instanceof Decision.Rejected r
                ? Duration.ofSeconds(((Number) r.args().get("retryAfterSeconds")).longValue()) : Duration.ZERO;
    }

    /** Counts a failed attempt against its username and its address. */
    public synchronized void failed(Attempt attempt) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_KEYS) {
            dropExpired(now);
        }
        record(accountKey(attempt), limits.perAccount(), now);
        if (!attempt.address().isEmpty()) {
            record(addressKey(attempt), limits.perAddress(), now);
        }
    }

    /** A successful sign-in forgets the username's failures (the address's stay: it may be trying many names). */
    public synchronized void succeeded(Attempt attempt) {
        failures.remove(accountKey(attempt));
    }

    private void record(String key, int limit, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        times.addLast(now);
        while (times.size() > limit) {
            times.removeFirst();
        }
    }

    private Duration wait(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        Instant cutoff = now.minus(limits.window());
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
        if (times.isEmpty()) {
            failures.remove(key);
            return Duration.ZERO;
        }
        if (times.size() < limit) {
            return Duration.ZERO;
        }
        // The oldest of the last `limit` failures leaves the window first; then one more attempt is allowed.
        return Duration.between(now, times.peekFirst().plus(limits.window()));
    }

    private void dropExpired(Instant now) {
        Instant cutoff = now.minus(limits.window());
        for (Iterator<Deque<Instant>> it = failures.values().iterator(); it.hasNext(); ) {
            Deque<Instant> times = it.next();
            if (times.isEmpty() || !times.peekLast().isAfter(cutoff)) {
                it.remove();
            }
        }
    }

    /** Case folded: a database that ignores case in usernames must not give every spelling its own budget. */
    private static String accountKey(Attempt attempt) {
        return "u:" + attempt.username().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(Attempt attempt) {
        return "a:" + attempt.address();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static long ceilSeconds(Duration d) {
        long seconds = d.getSeconds();
        return d.getNano() > 0 ? seconds + 1 : seconds;
    }
}
