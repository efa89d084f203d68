package org.civility.core.account.internal;

import java.time.Duration;
import java.time.Instant;

import org.civility.core.fixtures.SettableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedCredentialCacheTest {

    private static final Instant T0 = Instant.parse("2026-03-01T01:00:00Z");

    private final SettableClock clock = new SettableClock(T0);
    private final VerifiedCredentialCache cache = new VerifiedCredentialCache(clock);

    @Test
    void remembersAVerifiedUsernameAndPasswordForSixtySeconds() {
        // given
        cache.remember("zhao", "文化礼堂门前的老槐树");

        // then
        assertThat(cache.isVerified("zhao", "文化礼堂门前的老槐树")).isTrue();
        clock.set(T0.plusSeconds(59));
        assertThat(cache.isVerified("zhao", "文化礼堂门前的老槐树")).isTrue();
        clock.set(T0.plusSeconds(60));
        assertThat(cache.isVerified("zhao", "文化礼堂门前的老槐树")).isFalse();
        assertThat(cache.size()).isZero();
    }

    @Test
    void anotherPasswordOrNameIsNotVerified() {
        cache.remember("zhao", "abc");

        assertThat(cache.isVerified("zhao", "abd")).isFalse();
        assertThat(cache.isVerified("zha", "oabc")).isFalse();
        assertThat(cache.isVerified("qian", "abc")).isFalse();
    }

    @Test
    void anAccountChangeDropsItsEntries() {
        cache.remember("zhao", "one");
        cache.remember("zhao", "two");
        cache.remember("qian", "three");

        cache.forget("zhao");

        assertThat(cache.isVerified("zhao", "one")).isFalse();
        assertThat(cache.isVerified("zhao", "two")).isFalse();
        assertThat(cache.isVerified("qian", "three")).isTrue();
        cache.clear();
        assertThat(cache.isVerified("qian", "three")).isFalse();
    }

    @Test
    void aFullCacheDropsExpiredEntriesFirstAndOtherwiseStartsOver() {
        VerifiedCredentialCache small = new VerifiedCredentialCache(clock, Duration.ofSeconds(60), 2);
        small.remember("a", "1");
        clock.set(T0.plusSeconds(61));
        small.remember("b", "2");
        small.remember("c", "3");

        assertThat(small.isVerified("b", "2")).isTrue();
        assertThat(small.isVerified("c", "3")).isTrue();
        small.remember("d", "4");
        assertThat(small.size()).isEqualTo(1);
        assertThat(small.isVerified("d", "4")).isTrue();
    }

    @Test
    void twoCachesDoNotShareTheirKey() {
        VerifiedCredentialCache other = new VerifiedCredentialCache(clock);
        cache.remember("zhao", "secret");

        assertThat(other.isVerified("zhao", "secret")).isFalse();
    }
}
