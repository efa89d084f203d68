package org.civility.core.contract;

import org.civility.core.account.SignUpCode;
import org.civility.core.account.SignUpCodeRepository;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link SignUpCodeRepository} must do. The store is never assumed empty: digests are fresh. */
public abstract class SignUpCodeRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");

    protected abstract SignUpCodeRepository repository();

    private static String aDigest() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static SignUpCode aCode(Instant expiresAt) {
        return new SignUpCode(aDigest(), aDigest(), expiresAt, 0);
    }

    @Test
    void findsAStoredCodeByThePhonesDigest() {
        SignUpCode code = aCode(T0.plus(Duration.ofMinutes(5)));
        repository().store(code);

        assertThat(repository().find(code.phoneDigest())).contains(code);
        assertThat(repository().find(aDigest())).isEmpty();
    }

    @Test
    void aNewCodeForThePhoneReplacesTheOldOne() {
        SignUpCode old = aCode(T0.plus(Duration.ofMinutes(5)));
        repository().store(old);
        SignUpCode fresh = new SignUpCode(old.phoneDigest(), aDigest(), T0.plus(Duration.ofMinutes(9)), 0);

        repository().store(fresh);

        assertThat(repository().find(old.phoneDigest())).contains(fresh);
    }

    @Test
    void keepsTheWrongTries() {
        SignUpCode code = aCode(T0.plus(Duration.ofMinutes(5)));
        repository().store(code);

        repository().store(new SignUpCode(code.phoneDigest(), code.codeDigest(), code.expiresAt(), 3));

        assertThat(repository().find(code.phoneDigest()).orElseThrow().wrongTries()).isEqualTo(3);
    }

    @Test
    void deletesTheCodeOfAPhone() {
        SignUpCode code = aCode(T0.plus(Duration.ofMinutes(5)));
        repository().store(code);

        assertThat(repository().delete(code.phoneDigest())).isTrue();
        assertThat(repository().delete(code.phoneDigest())).isFalse();
        assertThat(repository().find(code.phoneDigest())).isEmpty();
    }

    @Test
    void deletesTheExpiredCodesOnly() {
        SignUpCode expired = aCode(T0.minusSeconds(1));
        SignUpCode expiringNow = aCode(T0);
        SignUpCode current = aCode(T0.plusSeconds(1));
        repository().store(expired);
        repository().store(expiringNow);
        repository().store(current);

        assertThat(repository().deleteExpired(T0)).isGreaterThanOrEqualTo(2);

        assertThat(repository().find(expired.phoneDigest())).isEmpty();
        assertThat(repository().find(expiringNow.phoneDigest())).isEmpty();
        assertThat(repository().find(current.phoneDigest())).contains(current);
    }
}
