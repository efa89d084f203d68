package org.civility.core.account;

import java.time.Duration;
import java.time.Instant;

import org.civility.core.fixtures.SettableClock;
import org.civility.core.shared.Decision;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottlePolicyTest {

    private static final Instant T0 = Instant.parse("2026-03-01T01:00:00Z");

    private final SettableClock clock = new SettableClock(T0);
    private final SignInThrottlePolicy throttle = SignInThrottlePolicy.defaults(clock);

    @Test
    @DisplayName("R-ACC-2 five failures for one account within 15 minutes throttle it until the first leaves the window")
    void fiveFailuresForOneAccountThrottleIt() {
        // given five failures, a minute apart, from five addresses
        for (int i = 0; i < 5; i++) {
            clock.set(T0.plus(Duration.ofMinutes(i)));
            assertThat(throttle.evaluate(attempt("wang", "10.0.0." + i)).isAllowed()).isTrue();
            throttle.failed(attempt("wang", "10.0.0." + i));
        }

        // when the sixth comes at minute 5, from yet another address
        clock.set(T0.plus(Duration.ofMinutes(5)));
        Decision decision = throttle.evaluate(attempt("wang", "10.0.0.99"));

        // then it waits until minute 15, when the first failure is no longer counted
        assertThat(decision).isInstanceOfSatisfying(Decision.Rejected.class, r -> {
            assertThat(r.code().code()).isEqualTo(SignInThrottlePolicy.RULE);
            assertThat(r.args()).containsEntry("retryAfterSeconds", 600L);
        });
        assertThat(throttle.retryAfter(attempt("wang", ""))).isEqualTo(Duration.ofMinutes(10));
        clock.set(T0.plus(Duration.ofMinutes(15)));
        assertThat(throttle.evaluate(attempt("wang", "10.0.0.99")).isAllowed()).isTrue();
    }

    @Test
    @DisplayName("R-ACC-2 four failures do not throttle, and other accounts are not affected")
    void fewerFailuresAndOtherAccountsGoAhead() {
        for (int i = 0; i < 4; i++) {
            throttle.failed(attempt("wang", ""));
        }

        assertThat(throttle.evaluate(attempt("wang", "")).isAllowed()).isTrue();
        throttle.failed(attempt("wang", ""));
        assertThat(throttle.evaluate(attempt("wang", "")).isAllowed()).isFalse();
        assertThat(throttle.evaluate(attempt("li", "")).isAllowed()).isTrue();
    }

    @Test
    @DisplayName("R-ACC-2 every spelling of a username in upper or lower case shares one budget")
    void caseDoesNotMultiplyTheBudget() {
        for (String spelling : new String[]{"Wang", "WANG", "wang", "wAng", "waNG"}) {
            throttle.failed(attempt(spelling, ""));
        }

        assertThat(throttle.evaluate(attempt("WaNg", "")).isAllowed()).isFalse();
    }

    @Test
    @DisplayName("R-ACC-2 twenty failures from one address throttle it for every name")
    void twentyFailuresFromOneAddressThrottleIt() {
        for (int i = 0; i < 20; i++) {
            clock.set(T0.plusSeconds(i));
            throttle.failed(attempt("name-" + i, "192.0.2.7"));
        }

        clock.set(T0.plusSeconds(30));
        assertThat(throttle.evaluate(attempt("someone-new", "192.0.2.7"))).isInstanceOfSatisfying(
                Decision.Rejected.class, r -> assertThat(r.args()).containsEntry("retryAfterSeconds", 870L));
        assertThat(throttle.evaluate(attempt("someone-new", "192.0.2.8")).isAllowed()).isTrue();
    }

    @Test
    @DisplayName("R-ACC-2 a success forgets the account's failures but not the address's")
    void aSuccessForgetsTheAccountsFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed(attempt("wang", "192.0.2.7"));
        }
        throttle.succeeded(attempt("wang", "192.0.2.7"));
        for (int i = 0; i < 4; i++) {
            throttle.failed(attempt("wang", "192.0.2.7"));
        }

        assertThat(throttle.evaluate(attempt("wang", "192.0.2.8")).isAllowed()).isTrue();
        for (int i = 0; i < 12; i++) {
            throttle.failed(attempt("other-" + i, "192.0.2.7"));
        }
        assertThat(throttle.evaluate(attempt("li", "192.0.2.7")).isAllowed()).isFalse();
    }

    @Test
    @DisplayName("R-ACC-2 limits are settings")
    void limitsAreSettings() {
        SignInThrottlePolicy strict = new SignInThrottlePolicy(
                new SignInThrottlePolicy.Limits(2, 3, Duration.ofMinutes(1)), clock);
        strict.failed(attempt("wang", ""));
        strict.failed(attempt("wang", ""));

        assertThat(strict.retryAfter(attempt("wang", ""))).isEqualTo(Duration.ofMinutes(1));
        clock.set(T0.plusSeconds(60));
        assertThat(strict.retryAfter(attempt("wang", ""))).isZero();
    }

    @Test
    @DisplayName("R-ACC-2 an unknown address counts only against the name")
    void anUnknownAddressCountsOnlyAgainstTheName() {
        for (int i = 0; i < 25; i++) {
            throttle.failed(attempt("name-" + i, null));
        }

        assertThat(throttle.evaluate(attempt("fresh", null)).isAllowed()).isTrue();
    }

    private static SignInThrottlePolicy.Attempt attempt(String username, String address) {
        return new SignInThrottlePolicy.Attempt(username, address);
    }
}
