package org.civility.web.problem;

import org.civility.core.shared.ErrorKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemsTest {

    @Test
    @DisplayName("R-ACC-2 a throttled attempt is answered 429 Too Many Requests")
    void answersAThrottledAttemptWith429() {
        assertThat(Problems.status(ErrorKind.THROTTLED)).isEqualTo(429);
    }

    @Test
    @DisplayName("R-ACC-2 Retry-After carries the whole seconds of the retryAfterSeconds argument, whatever its type")
    void takesRetryAfterFromTheArguments() {
        assertThat(Problems.retryAfter(Map.of("retryAfterSeconds", 301L))).contains("301");
        assertThat(Problems.retryAfter(Map.of("retryAfterSeconds", 7))).contains("7");
        assertThat(Problems.retryAfter(Map.of("retryAfterSeconds", "42"))).contains("42");
    }

    @Test
    void sendsNoRetryAfterWithoutAPositiveNumberOfSeconds() {
        assertThat(Problems.retryAfter(Map.of())).isEmpty();
        assertThat(Problems.retryAfter(Map.of("retryAfterSeconds", 0))).isEmpty();
        assertThat(Problems.retryAfter(Map.of("retryAfterSeconds", "soon"))).isEmpty();
    }
}
