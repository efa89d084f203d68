package org.civility.core.contract;

import org.civility.core.idempotency.IdempotencyError;
import org.civility.core.idempotency.IdempotentReply;
import org.civility.core.idempotency.IdempotentReplyRepository;
import org.civility.core.shared.CivilityException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link IdempotentReplyRepository} must do. The store is never assumed empty: digests are fresh. */
public abstract class IdempotentReplyRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-12-01T02:00:00.123456Z");

    protected abstract IdempotentReplyRepository repository();

    private static String aDigest() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static IdempotentReply aReply(Instant storedAt) {
        return new IdempotentReply(aDigest(), aDigest(), 201, "https://portal.example/api/v1/orders/42",
                "{\"id\":\"42\",\"recipient\":\"王秀英\",\"note\":\"" + "长".repeat(5000) + "\"}", storedAt);
    }

    @Test
    void findsAStoredReplyByItsKeyDigestWithItsWholeBody() {
        IdempotentReply reply = aReply(T0);
        repository().store(reply);

        assertThat(repository().find(reply.keyDigest())).contains(reply);
        assertThat(repository().find(aDigest())).isEmpty();
    }

    @Test
    void keepsAReplyWithoutLocationOrBody() {
        IdempotentReply reply = new IdempotentReply(aDigest(), aDigest(), 204, null, null, T0);
        repository().store(reply);

        assertThat(repository().find(reply.keyDigest())).contains(reply);
    }

    @Test
    void refusesASecondReplyForTheSameKey() {
        IdempotentReply first = aReply(T0);
        repository().store(first);
        IdempotentReply second = new IdempotentReply(first.keyDigest(), aDigest(), 200, null, "{}",
                T0.plusSeconds(1));

        assertThatThrownBy(() -> repository().store(second)).isInstanceOfSatisfying(CivilityException.class,
                e -> assertThat(e.errorCode()).isEqualTo(IdempotencyError.KEY_IN_USE));
        assertThat(repository().find(first.keyDigest())).contains(first);
    }

    @Test
    void forgetsTheRepliesStoredBeforeACutoff() {
        Instant cutoff = Instant.now().truncatedTo(ChronoUnit.MICROS).plus(Duration.ofDays(3650));
        IdempotentReply old = aReply(cutoff.minusSeconds(1));
        IdempotentReply fresh = aReply(cutoff);
        repository().store(old);
        repository().store(fresh);

        assertThat(repository().deleteStoredBefore(cutoff)).isGreaterThanOrEqualTo(1);
        assertThat(repository().find(old.keyDigest())).isEmpty();
        assertThat(repository().find(fresh.keyDigest())).contains(fresh);
    }
}
