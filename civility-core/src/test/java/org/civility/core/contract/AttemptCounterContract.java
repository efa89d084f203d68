package org.civility.core.contract;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.civility.core.spi.AttemptCounter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link AttemptCounter} must do, whether it counts in one process or for a cluster. */
public abstract class AttemptCounterContract {

    private static final Instant T0 = Instant.parse("2026-09-01T01:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(10);

    protected abstract AttemptCounter counter();

    private static String aKey() {
        return "check-in-code:" + UUID.randomUUID();
    }

    @Test
    void countsUpToTheLimitThenAnswersWhenTheOldestCountedAttemptLeavesTheWindow() {
        String key = aKey();

        for (int i = 0; i < 3; i++) {
            assertThat(counter().count(key, T0.plusSeconds(60L * i), WINDOW, 3)).isEmpty();
        }

        assertThat(counter().count(key, T0.plusSeconds(300), WINDOW, 3)).contains(T0.plus(WINDOW));
        assertThat(counter().count(key, T0.plus(WINDOW), WINDOW, 3)).isEmpty();
        assertThat(counter().count(key, T0.plus(WINDOW).plusSeconds(1), WINDOW, 3))
                .contains(T0.plusSeconds(60).plus(WINDOW));
    }

    @Test
    void aRefusedAttemptIsNotCounted() {
        String key = aKey();
        counter().count(key, T0, WINDOW, 1);

        for (int i = 1; i <= 5; i++) {
            assertThat(counter().count(key, T0.plusSeconds(i), WINDOW, 1)).contains(T0.plus(WINDOW));
        }
        assertThat(counter().count(key, T0.plus(WINDOW), WINDOW, 1)).isEmpty();
    }

    @Test
    void forgetsAnAttemptTakenBack() {
        String key = aKey();
        counter().count(key, T0, WINDOW, 2);
        counter().count(key, T0.plusSeconds(1), WINDOW, 2);

        counter().forget(key, T0.plusSeconds(1));
        counter().forget(key, T0.plusSeconds(2));

        assertThat(counter().count(key, T0.plusSeconds(3), WINDOW, 2)).isEmpty();
        assertThat(counter().count(key, T0.plusSeconds(4), WINDOW, 2)).contains(T0.plus(WINDOW));
    }

    @Test
    void keepsKeysApart() {
        String first = aKey();
        String second = aKey();
        counter().count(first, T0, WINDOW, 1);

        assertThat(counter().count(second, T0, WINDOW, 1)).isEmpty();
        assertThat(counter().count(first, T0, WINDOW, 1)).isPresent();
    }
}
