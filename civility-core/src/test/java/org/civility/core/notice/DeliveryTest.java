package org.civility.core.notice;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.civility.core.shared.CivilityException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.NoticeFixtures.NOW;

class DeliveryTest {

    private final Delivery delivery = Delivery.open(new DeliveryId(UUID.randomUUID()), new NoticeId(UUID.randomUUID()),
            Channel.SMS, NOW);

    @Test
    void aClaimCountsTheAttemptAndHoldsTheDeliveryForTheLease() {
        assertThat(delivery.claim(NOW.minusSeconds(1), Duration.ofMinutes(5))).as("not due yet").isFalse();
        assertThat(delivery.claim(NOW, Duration.ofMinutes(5))).isTrue();

        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.isDue(NOW.plusSeconds(299))).isFalse();
        assertThat(delivery.isDue(NOW.plusSeconds(300))).isTrue();
    }

    @Test
    void aSentDeliveryIsFinal() {
        delivery.claim(NOW, Duration.ofMinutes(5));
        delivery.sent(NOW);

        assertThat(delivery.isDue(NOW.plus(Duration.ofDays(1)))).isFalse();
        assertThatThrownBy(() -> delivery.retryNow(NOW))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("NOTICE-ALREADY-SENT"));
    }

    @Test
    void longErrorsAreClipped() {
        delivery.claim(NOW, Duration.ofMinutes(5));
        delivery.failed("x".repeat(2000), NOW, Backoff.standard());

        assertThat(delivery.lastError()).hasValueSatisfying(e -> assertThat(e).hasSize(Delivery.MAX_ERROR));
    }

    @Test
    void restoreRejectsAFailedDeliveryWithoutError() {
        assertThatThrownBy(() -> Delivery.restore(delivery.id(), delivery.notice(), Channel.SMS, DeliveryStatus.RETRYING,
                1, Optional.empty(), NOW, Optional.empty(), 1))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("NOTICE-STATE-INVALID"));
        assertThatThrownBy(() -> Delivery.restore(delivery.id(), delivery.notice(), Channel.SMS, DeliveryStatus.SENT,
                1, Optional.empty(), NOW, Optional.empty(), 1))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("NOTICE-STATE-INVALID"));
    }
}
