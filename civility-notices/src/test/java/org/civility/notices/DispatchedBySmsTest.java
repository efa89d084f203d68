package org.civility.notices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.civility.core.memory.InMemoryNoticeRepository;
import org.civility.core.notice.Channel;
import org.civility.core.notice.Delivery;
import org.civility.core.notice.DeliveryId;
import org.civility.core.notice.DeliveryStatus;
import org.civility.core.notice.Notice;
import org.civility.core.notice.NoticeDispatcher;
import org.civility.core.notice.NoticeId;
import org.civility.core.notice.Subject;
import org.civility.notices.NoticeFixtures.Subscribers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civility.notices.NoticeFixtures.STATION;
import static org.civility.notices.NoticeFixtures.aFreeClinic;
import static org.civility.notices.NoticeFixtures.phones;

/**
 * R-NOTE-1 end to end below the portal: core's dispatcher over its in-memory outbox sends a notice through the
 * routing notifier, configured by properties, to Alibaba Cloud (WireMock on 127.0.0.1). A rate limit on the second
 * batch fails the delivery, which is retried after its backoff; the retry sends only that batch, and a delivery
 * once sent is not sent again.
 */
class DispatchedBySmsTest {

    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    static final String OK = "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"1\",\"RequestId\":\"R-OK\"}";
    static final String LIMITED = "{\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\",\"Message\":\"触发分钟级流控\","
            + "\"RequestId\":\"R-LIMIT\"}";

    @RegisterExtension
    static WireMockExtension aliyun = WireMockExtension.newInstance()
            .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()).build();

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private Map<String, String> properties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("civility.notices.sms.provider", "aliyun");
        properties.put("civility.notices.aliyun.endpoint", "http://127.0.0.1:" + aliyun.getPort());
        properties.put("civility.notices.aliyun.access-key-id", "LTAI5tTestKeyId");
        properties.put("civility.notices.aliyun.access-key-secret-env", "ALIYUN_SECRET");
        properties.put("civility.notices.aliyun.sign-name", "文明实践");
        properties.put("civility.notices.aliyun.template-code", "SMS_465000001");
        properties.put("civility.notices.aliyun.batch-size", "2");
        return properties;
    }

    @Test
    void aDeliveryRefusedForARateLimitIsRetriedAfterItsBackoffAndNothingIsSentTwice() {
        aliyun.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(OK)));
        aliyun.stubFor(post(urlPathEqualTo("/")).withQueryParam("PhoneNumbers", containing("13900000003"))
                .inScenario("limit").whenScenarioStateIs(Scenario.STARTED).willReturn(okJson(LIMITED))
                .willSetStateTo("lifted"));
        aliyun.stubFor(post(urlPathEqualTo("/")).withQueryParam("PhoneNumbers", containing("13900000003"))
                .inScenario("limit").whenScenarioStateIs("lifted").willReturn(okJson(OK)));
        MovingClock clock = new MovingClock(NOW);
        InMemoryNoticeRepository outbox = new InMemoryNoticeRepository();
        Notice notice = outbox.store(Notice.announce(new NoticeId(UUID.randomUUID()), STATION,
                Subject.activity(UUID.randomUUID()), aFreeClinic(), EnumSet.of(Channel.SMS), NOW, "站长", NOW));
        outbox.storeDelivery(notice.openDelivery(new DeliveryId(UUID.randomUUID()), Channel.SMS));
        NoticesSettings settings = NoticesSettings.from(properties(), Map.of("ALIYUN_SECRET", "aliyun-secret")::get);

        try (RoutingNotifier notifier = RoutingNotifier.create(settings, Subscribers.withPhones(phones(3)),
                SentLedger.inMemory(), new LogNotifier())) {
            NoticeDispatcher dispatcher = new NoticeDispatcher(outbox, notifier, clock);

            assertThat(dispatcher.runOnce(10).failed()).isEqualTo(1);
            Delivery failed = outbox.deliveries(notice.id()).get(0);
            assertThat(failed.status()).isEqualTo(DeliveryStatus.RETRYING);
            assertThat(failed.lastError()).hasValueSatisfying(error -> assertThat(error)
                    .isEqualTo("NoticeDeliveryException: aliyun: isv.BUSINESS_LIMIT_CONTROL (SendSms refused, "
                            + "HTTP 200, request R-LIMIT)"));
            assertThat(dispatcher.runOnce(10).total()).as("not due before its backoff").isZero();

            clock.advance(Duration.between(clock.instant(), failed.nextAttemptAt()));
            assertThat(dispatcher.runOnce(10).sent()).isEqualTo(1);
            clock.advance(Duration.ofDays(1));
            assertThat(dispatcher.runOnce(10).total()).as("a sent delivery is final").isZero();
        }

        Delivery sent = outbox.deliveries(notice.id()).get(0);
        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(aliyun.findAll(postRequestedFor(urlPathEqualTo("/")))
                .stream().map(r -> r.queryParameter("PhoneNumbers").firstValue()).toList())
                .as("the first batch once, the second twice").containsExactly(
                        "13900000001,13900000002", "13900000003", "13900000003");
        assertThat(List.of(sent.lastError().orElseThrow())).noneMatch(error -> error.contains("139"));
    }
}
