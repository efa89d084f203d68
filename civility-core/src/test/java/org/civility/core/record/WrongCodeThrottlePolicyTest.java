package org.civility.core.record;

import java.time.Duration;
import java.time.Instant;

import org.civility.core.fixtures.SettableClock;
import org.civility.core.memory.InMemoryAttemptCounter;
import org.civility.core.shared.CivilityException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class WrongCodeThrottlePolicyTest {

    private static final Instant T0 = Instant.parse("2026-09-01T01:00:00Z");

    private final SettableClock clock = new SettableClock(T0);
    private final WrongCodeThrottlePolicy throttle = new WrongCodeThrottlePolicy(new InMemoryAttemptCounter(), clock);

    /** An attempt with a code that turns out wrong: it stays counted. */
    private void wrongCode(String account) {
        throttle.attempt(account);
    }

    private CivilityException refusal(String account) {
        return catchThrowableOfType(CivilityException.class, () -> throttle.attempt(account));
    }

    @Test
    @DisplayName("R-ACC-2 after five wrong codes within ten minutes the account is refused for the rest of the window")
    void refusesTheAccountAfterFiveWrongCodesUntilTheFirstLeavesTheWindow() {
        for (int i = 0; i < WrongCodeThrottlePolicy.MAX_WRONG_CODES; i++) {
            clock.set(T0.plusSeconds(60L * i));
            wrongCode("张志愿");
        }

        clock.set(T0.plusSeconds(299));
        CivilityException refused = refusal("张志愿");

        assertThat(refused.code()).isEqualTo("RECORD-CODE-THROTTLED");
        assertThat(refused.kind()).isEqualTo(org.civility.core.shared.ErrorKind.THROTTLED);
        assertThat(refused.args()).containsEntry("retryAfterSeconds", 301L);
        clock.set(T0.plus(WrongCodeThrottlePolicy.WINDOW).minusMillis(1));
        assertThat(refusal("张志愿").args()).containsEntry("retryAfterSeconds", 1L);
        clock.set(T0.plus(WrongCodeThrottlePolicy.WINDOW));
        assertThatCode(() -> throttle.attempt("张志愿")).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("R-ACC-2 four wrong codes, or five spread over more than ten minutes, do not throttle")
    void fourWrongCodesOrFiveSpreadOutDoNotThrottle() {
        for (int i = 0; i < 4; i++) {
            wrongCode("张志愿");
        }
        assertThatCode(() -> throttle.attempt("张志愿").notWrong()).doesNotThrowAnyException();

        clock.set(T0.plus(Duration.ofMinutes(10)));
        wrongCode("张志愿");
        assertThatCode(() -> throttle.attempt("张志愿")).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("R-ACC-2 an attempt that was not a wrong code does not count")
    void anAttemptTakenBackAsNotWrongDoesNotCount() {
        for (int i = 0; i < 10; i++) {
            throttle.attempt("张志愿").notWrong();
        }
        for (int i = 0; i < 4; i++) {
            wrongCode("张志愿");
        }

        assertThatCode(() -> throttle.attempt("张志愿")).doesNotThrowAnyException();
        assertThat(refusal("张志愿").code()).isEqualTo("RECORD-CODE-THROTTLED");
    }

    @Test
    @DisplayName("R-ACC-2 wrong codes are counted per account")
    void countsEachAccountApart() {
        for (int i = 0; i < WrongCodeThrottlePolicy.MAX_WRONG_CODES; i++) {
            wrongCode("张志愿");
        }

        assertThat(refusal("张志愿")).isNotNull();
        assertThatCode(() -> throttle.attempt("李志愿")).doesNotThrowAnyException();
    }
}
