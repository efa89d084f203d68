package org.civility.core.idempotency;

import org.civility.core.memory.InMemoryIdempotentReplyRepository;
import org.civility.core.shared.CivilityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DOMAIN §6a: a request sent again with its Idempotency-Key gets the first answer and has no second effect. */
class IdempotentRequestsTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-03T02:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final InMemoryIdempotentReplyRepository replies = new InMemoryIdempotentReplyRepository();
    private final IdempotentRequests requests = new IdempotentRequests(replies, clock);

    private IdempotentRequests.Request order(String caller, String key, String body) {
        return requests.request(caller, key, "POST", "/api/v1/orders", body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSameRequestSentAgainGetsTheFirstAnswer() {
        IdempotentRequests.Request first = order("resident", "k-1", "{\"recipient\":\"王秀英\"}");
        assertThat(requests.replay(first)).isEmpty();
        requests.remember(first, 201, "/api/v1/orders/42", "{\"id\":\"42\"}");

        IdempotentRequests.Request again = order("resident", "k-1", "{\"recipient\":\"王秀英\"}");
        assertThat(requests.replay(again)).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(201);
            assertThat(r.location()).isEqualTo("/api/v1/orders/42");
            assertThat(r.body()).isEqualTo("{\"id\":\"42\"}");
        });
    }

    @Test
    void aKeyBelongsToItsCaller() {
        requests.remember(order("resident", "k-1", "{}"), 201, null, "{}");

        assertThat(requests.replay(order("volunteer", "k-1", "{}"))).isEmpty();
    }

    @Test
    void theKeyOnAnotherRequestIsRefused() {
        requests.remember(order("resident", "k-1", "{\"recipient\":\"王秀英\"}"), 201, null, "{}");

        assertThatThrownBy(() -> requests.replay(order("resident", "k-1", "{\"recipient\":\"李建国\"}")))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(IdempotencyError.KEY_REUSED));
        assertThatThrownBy(() -> requests.replay(requests.request("resident", "k-1", "POST",
                "/api/v1/service-records/check-ins", "{\"recipient\":\"王秀英\"}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(CivilityException.class);
    }

    @Test
    void aFailedAnswerIsNotKeptSoTheRequestRunsAgain() {
        IdempotentRequests.Request first = order("resident", "k-1", "{}");
        requests.remember(first, 503, null, "{}");
        requests.remember(first, 422, null, "{}");

        assertThat(requests.replay(first)).isEmpty();
    }

    @Test
    void aSecondAnswerForOneKeyIsRefusedSoItsTransactionRollsBack() {
        IdempotentRequests.Request first = order("resident", "k-1", "{}");
        requests.remember(first, 201, null, "{\"id\":\"1\"}");

        assertThatThrownBy(() -> requests.remember(first, 201, null, "{\"id\":\"2\"}"))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(IdempotencyError.KEY_IN_USE));
        assertThat(requests.replay(first)).hasValueSatisfying(r -> assertThat(r.body()).contains("\"1\""));
    }

    @Test
    void anAnswerIsKeptForADay() {
        IdempotentRequests.Request first = order("resident", "k-1", "{}");
        requests.remember(first, 201, null, "{}");

        now.set(now.get().plus(IdempotentRequests.LIFETIME).minusSeconds(1));
        assertThat(requests.replay(first)).isPresent();
        now.set(now.get().plus(Duration.ofSeconds(2)));
        assertThat(requests.replay(first)).isEmpty();
        requests.remember(first, 201, null, "{\"again\":true}");
        assertThat(requests.replay(first)).hasValueSatisfying(r -> assertThat(r.body()).contains("again"));
        assertThat(requests.forgetExpired()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "含中文", "tab\there", "line\nbreak"})
    void aKeyIsVisibleAscii(String key) {
        assertThatThrownBy(() -> order("resident", key, "{}")).isInstanceOfSatisfying(CivilityException.class,
                e -> assertThat(e.errorCode()).isEqualTo(IdempotencyError.KEY_INVALID));
    }

    @Test
    void aKeyIsAtMost128Characters() {
        assertThat(order("resident", "k".repeat(128), "{}")).isNotNull();
        assertThatThrownBy(() -> order("resident", "k".repeat(129), "{}")).isInstanceOf(CivilityException.class);
        assertThatThrownBy(() -> order("resident", null, "{}")).isInstanceOf(CivilityException.class);
    }
}
