package org.civility.core.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.civility.core.spi.AttemptCounter;

import static java.util.Objects.requireNonNull;

/**
 * Attempts counted in this process's memory: each key holds at most its limit of attempt times, and once more than
 * {@value #SWEEP_ABOVE_KEYS} keys are held, keys whose attempts have all left their window (the one of the key's
 * latest count) are dropped. A cluster of portals counts per node with this one; share an {@link AttemptCounter} over
 * a common store instead. Thread-safe.
 */
public final class InMemoryAttemptCounter implements AttemptCounter {

    static final int SWEEP_ABOVE_KEYS = 100_000;

    private final Map<String, Attempts> attempts = new HashMap<>();

    /** One key's attempt times, oldest first, and the window they were last counted in. */
    private static final class Attempts {
        final Deque<Instant> times = new ArrayDeque<>();
        Duration window;

        boolean allBefore(Instant at) {
            return times.stream().noneMatch(t -> t.isAfter(at.minus(window)));
        }
    }

    @Override
    public synchronized Optional<Instant> count(String key, Instant at, Duration window, int limit) {
        requireNonNull(key, "key");
        requireNonNull(at, "at");
        requireNonNull(window, "window");
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("limit and window must be positive: " + limit + ", " + window);
        }
        if (attempts.size() > SWEEP_ABOVE_KEYS) {
            attempts.values().removeIf(a -> a.allBefore(at));
        }
        Attempts of = attempts.computeIfAbsent(key, k -> new Attempts());
        of.window = window;
        Instant cutoff = at.minus(window);
        of.times.removeIf(t -> !t.isAfter(cutoff));
        if (of.times.size() >= limit) {
            return Optional.of(of.times.stream().min(Instant::compareTo).orElseThrow().plus(window));
        }
        of.times.addLast(at);
        return Optional.empty();
    }

    @Override
    public synchronized void forget(String key, Instant at) {
        requireNonNull(key, "key");
        requireNonNull(at, "at");
        Attempts of = attempts.get(key);
        if (of != null) {
            of.times.removeLastOccurrence(at);
            if (of.times.isEmpty()) {
                attempts.remove(key);
            }
        }
    }
}
