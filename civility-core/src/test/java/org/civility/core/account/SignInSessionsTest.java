package org.civility.core.account;

import org.civility.core.fixtures.SettableClock;
import org.civility.core.memory.InMemorySignInSessionRepository;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SignInSessionsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");

    private final SettableClock clock = new SettableClock(T0);
    private final InMemorySignInSessionRepository store = new InMemorySignInSessionRepository();
    private final SignInSessions sessions = new SignInSessions(store, clock, Duration.ofHours(12), Duration.ofHours(8));

    @Test
    void keepsOnlyTheDigestOfATokenThatResolvesToItsAccount() {
        var opened = sessions.open("station-head");

        assertThat(opened.token()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(store.find(opened.token())).isEmpty();
        assertThat(opened.session().digest()).doesNotContain(opened.token());
        assertThat(sessions.resolve(opened.token())).contains("station-head");
        assertThat(sessions.resolve(opened.token() + "x")).isEmpty();
        assertThat(sessions.resolve("")).isEmpty();
    }

    @Test
    void endsAfterTheIdleLimitWithoutARequest() {
        String token = sessions.open("volunteer").token();

        clock.set(T0.plus(Duration.ofHours(7)));
        assertThat(sessions.resolve(token)).contains("volunteer");
        clock.set(T0.plus(Duration.ofHours(14)));

        assertThat(sessions.resolve(token)).as("idle 7 h, but 14 h after opening").isEmpty();
    }

    @Test
    void endsAtItsAbsoluteLifetimeHoweverBusy() {
        String token = sessions.open("volunteer").token();

        for (int hour = 1; hour < 12; hour++) {
            clock.set(T0.plus(Duration.ofHours(hour)));
            assertThat(sessions.resolve(token)).contains("volunteer");
        }
        clock.set(T0.plus(Duration.ofHours(12)));

        assertThat(sessions.resolve(token)).isEmpty();
    }

    @Test
    void writesTheLastUseAtMostOnceAMinute() {
        var opened = sessions.open("volunteer");

        clock.set(T0.plusSeconds(30));
        sessions.resolve(opened.token());
        assertThat(store.find(opened.session().digest()).orElseThrow().lastUsedAt()).isEqualTo(T0);
        clock.set(T0.plusSeconds(61));
        sessions.resolve(opened.token());

        assertThat(store.find(opened.session().digest()).orElseThrow().lastUsedAt()).isEqualTo(T0.plusSeconds(61));
    }

    @Test
    void signingOutEverywhereEndsEverySessionOfTheAccountAtOnce() {
        String phone = sessions.open("station-admin").token();
        String desk = sessions.open("station-admin").token();
        String other = sessions.open("duty-staff").token();
        assertThat(sessions.openCount("station-admin")).isEqualTo(2);

        assertThat(sessions.closeAllOf("station-admin")).isEqualTo(2);

        assertThat(sessions.resolve(phone)).isEmpty();
        assertThat(sessions.resolve(desk)).isEmpty();
        assertThat(sessions.resolve(other)).contains("duty-staff");
    }

    @Test
    void signingOutEndsOnlyThatSession() {
        String phone = sessions.open("station-admin").token();
        String desk = sessions.open("station-admin").token();

        assertThat(sessions.close(phone)).isTrue();
        assertThat(sessions.close(phone)).isFalse();

        assertThat(sessions.resolve(phone)).isEmpty();
        assertThat(sessions.resolve(desk)).contains("station-admin");
    }
}
