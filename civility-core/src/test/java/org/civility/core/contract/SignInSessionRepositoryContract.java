package org.civility.core.contract;

import org.civility.core.account.SignInSession;
import org.civility.core.account.SignInSessionRepository;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link SignInSessionRepository} must do. The store is never assumed empty: names and digests are fresh. */
public abstract class SignInSessionRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");

    protected abstract SignInSessionRepository repository();

    private static String aDigest() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String aName() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static SignInSession aSession(String username, Instant at) {
        return new SignInSession(aDigest(), username, at, at, at.plus(Duration.ofHours(12)));
    }

    @Test
    void findsAStoredSessionByItsDigestWithItsTimes() {
        SignInSession session = aSession(aName(), T0);
        repository().store(session);

        assertThat(repository().find(session.digest())).contains(session);
        assertThat(repository().find(aDigest())).isEmpty();
    }

    @Test
    void replacesTheLastUseOfASession() {
        SignInSession session = aSession(aName(), T0);
        repository().store(session);

        repository().store(session.usedAt(T0.plusSeconds(600)));

        assertThat(repository().find(session.digest()).orElseThrow().lastUsedAt()).isEqualTo(T0.plusSeconds(600));
    }

    @Test
    void deletesOneSessionOrEverySessionOfAnAccount() {
        String name = aName();
        SignInSession one = aSession(name, T0);
        SignInSession two = aSession(name, T0);
        SignInSession someoneElses = aSession(aName(), T0);
        repository().store(one);
        repository().store(two);
        repository().store(someoneElses);

        assertThat(repository().delete(one.digest())).isTrue();
        assertThat(repository().delete(one.digest())).isFalse();
        assertThat(repository().deleteAllOf(name)).isEqualTo(1);

        assertThat(repository().find(two.digest())).isEmpty();
        assertThat(repository().find(someoneElses.digest())).isPresent();
    }

    @Test
    void forgetsEndedSessionsAndCountsOpenOnes() {
        String name = aName();
        Instant now = T0.plus(Duration.ofDays(3650));
        SignInSession open = aSession(name, now.minusSeconds(60));
        SignInSession idle = new SignInSession(aDigest(), name, now.minus(Duration.ofHours(9)),
                now.minus(Duration.ofHours(9)), now.plus(Duration.ofHours(3)));
        SignInSession expired = new SignInSession(aDigest(), name, now.minus(Duration.ofHours(13)),
                now.minusSeconds(10), now.minusSeconds(1));
        repository().store(open);
        repository().store(idle);
        repository().store(expired);
        Instant idleSince = now.minus(Duration.ofHours(8));

        assertThat(repository().countOf(name, now, idleSince)).isEqualTo(1);
        assertThat(repository().deleteEnded(now, idleSince)).isGreaterThanOrEqualTo(2);

        assertThat(repository().find(open.digest())).isPresent();
        assertThat(repository().find(idle.digest())).isEmpty();
        assertThat(repository().find(expired.digest())).isEmpty();
    }
}
