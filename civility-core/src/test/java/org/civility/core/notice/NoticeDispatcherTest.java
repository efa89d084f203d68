package org.civility.core.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.civility.core.access.AccessControl;
import org.civility.core.fixtures.TestUnitTree;
import org.civility.core.governance.PolicySettings;
import org.civility.core.memory.InMemoryNoticeRepository;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.NoticeFixtures.NOW;
import static org.civility.core.fixtures.NoticeFixtures.administratorAt;
import static org.civility.core.fixtures.NoticeFixtures.anAnnouncement;

/** The outbox: every delivery is sent, failures are retried with backoff, nothing is lost. */
class NoticeDispatcherTest {

    private final TestUnitTree tree = TestUnitTree.aUnitTree();
    private final InMemoryNoticeRepository notices = new InMemoryNoticeRepository();
    private final SteppingClock clock = new SteppingClock(NOW);
    private final NoticeService service = new NoticeService(notices, new AccessControl(tree), PolicySettings.defaults(),
            clock, IdSource.random(), EventPublisher.none());

    @Test
    void aChannelThatFailsThreeTimesThenWorksDeliversEachNoticeExactlyOnce() {
        Notice notice = service.announce(administratorAt(tree.station), anAnnouncement(tree.station).build());
        FlakyNotifier notifier = new FlakyNotifier(3);
        NoticeDispatcher dispatcher = new NoticeDispatcher(notices, notifier, clock);

        for (int run = 0; run < 40; run++) {
            dispatcher.runOnce(10);
            clock.advance(Duration.ofSeconds(15));
        }

        List<Delivery> deliveries = notices.deliveries(notice.id());
        assertThat(deliveries).hasSize(3).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(d.attempts()).isEqualTo(4);
            assertThat(d.lastError()).hasValueSatisfying(e -> assertThat(e).contains("channel down"));
            assertThat(notifier.successes.get(d.id().toString())).as(d.channel().name()).isEqualTo(1);
        });
        assertThat(notifier.successes).hasSize(3);
        assertThat(notifier.calls).containsOnlyKeys(Channel.values()).allSatisfy((c, n) -> assertThat(n).isEqualTo(4));
    }

    @Test
    void failedDeliveriesWaitLongerEachTimeUpToAnHourAndAreFlaggedButStillRetried() {
        Notice notice = service.announce(administratorAt(tree.station),
                anAnnouncement(tree.station).through(Channel.SMS).build());
        NoticeDispatcher dispatcher = new NoticeDispatcher(notices, (channel, message) -> {
            throw new IllegalStateException("SMS gateway unreachable");
        }, clock);
        List<Duration> waits = new ArrayList<>();

        for (int attempt = 1; attempt <= 9; attempt++) {
            assertThat(dispatcher.runOnce(10).failed()).isEqualTo(1);
            Delivery d = notices.deliveries(notice.id()).get(0);
            waits.add(Duration.between(clock.instant(), d.nextAttemptAt()));
            assertThat(d.status()).isEqualTo(attempt < 5 ? DeliveryStatus.RETRYING : DeliveryStatus.NEEDS_ATTENTION);
            assertThat(dispatcher.runOnce(10).total()).as("not due before its backoff").isZero();
            clock.set(d.nextAttemptAt());
        }

        assertThat(waits).extracting(Duration::toSeconds)
                .containsExactly(30L, 60L, 120L, 240L, 480L, 960L, 1920L, 3600L, 3600L);
        assertThat(notices.deliveries(notice.id()).get(0).lastError())
                .contains("IllegalStateException: SMS gateway unreachable");
    }

    @Test
    void aDispatcherThatDiesAfterSendingLetsTheNextSendAgainWithTheSameIdempotencyKey() {
        Notice notice = service.announce(administratorAt(tree.station),
                anAnnouncement(tree.station).through(Channel.WECHAT_GROUP).build());
        List<String> keys = new ArrayList<>();
        Notifier recording = (channel, message) -> keys.add(message.idempotencyKey());
        DispatchTransactions dyingAfterSend = new DispatchTransactions() {
            int calls;

            @Override
            public <T> T inTransaction(Supplier<T> work) {
                if (++calls == 3) { // 1 = due list, 2 = claim, 3 = record: the process dies here
                    throw new IllegalStateException("killed");
                }
                return work.get();
            }
        };

        assertThatThrownBy(() -> new NoticeDispatcher(notices, recording, clock, Backoff.standard(), dyingAfterSend)
                .runOnce(10)).hasMessage("killed");
        NoticeDispatcher restarted = new NoticeDispatcher(notices, recording, clock);
        assertThat(restarted.runOnce(10).total()).as("held by the dead dispatcher's lease").isZero();
        clock.advance(NoticeDispatcher.LEASE);
        assertThat(restarted.runOnce(10).sent()).isEqualTo(1);

        Delivery delivery = notices.deliveries(notice.id()).get(0);
        assertThat(keys).containsExactly(delivery.id().toString(), delivery.id().toString());
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivery.attempts()).isEqualTo(2);
    }

    @Test
    void aDeliveryClaimedByOneDispatcherIsSkippedByAnother() {
        Notice notice = service.announce(administratorAt(tree.station),
                anAnnouncement(tree.station).through(Channel.SMS).build());
        DeliveryId id = notices.deliveries(notice.id()).get(0).id();
        List<NoticeDispatcher.Outcome> inner = new ArrayList<>();
        NoticeDispatcher[] other = new NoticeDispatcher[1];
        other[0] = new NoticeDispatcher(notices, (c, m) -> { }, clock);
        NoticeDispatcher first = new NoticeDispatcher(notices, (c, m) -> inner.add(other[0].dispatch(id)), clock);

        assertThat(first.dispatch(id)).isEqualTo(NoticeDispatcher.Outcome.SENT);
        assertThat(inner).containsExactly(NoticeDispatcher.Outcome.SKIPPED);
        assertThat(first.dispatch(id)).isEqualTo(NoticeDispatcher.Outcome.SKIPPED);
    }

    @Test
    void theMessageCarriesTheNoticeContent() {
        Notice notice = service.announce(administratorAt(tree.station),
                anAnnouncement(tree.station).titled("夏季送清凉").through(Channel.POSTER).build());
        List<NoticeMessage> sent = new ArrayList<>();

        new NoticeDispatcher(notices, (c, m) -> sent.add(m), clock).runOnce(10);

        assertThat(sent).singleElement().satisfies(m -> {
            assertThat(m.notice()).isEqualTo(notice.id());
            assertThat(m.unit()).isEqualTo(tree.station);
            assertThat(m.content()).isEqualTo(notice.content());
            assertThat(m.subject()).isEqualTo(notice.subject());
            assertThat(m.attempt()).isEqualTo(1);
        });
    }

    /** Fails the first {@code failures} calls of each channel, then works; counts successes per delivery id. */
    static final class FlakyNotifier implements Notifier {
        private final int failures;
        final Map<Channel, Integer> calls = new EnumMap<>(Channel.class);
        final Map<String, Integer> successes = new ConcurrentHashMap<>();

        FlakyNotifier(int failures) {
            this.failures = failures;
        }

        @Override
        public synchronized void send(Channel channel, NoticeMessage message) {
            int call = calls.merge(channel, 1, Integer::sum);
            if (call <= failures) {
                throw new IllegalStateException(channel + " channel down (" + call + ")");
            }
            successes.merge(message.idempotencyKey(), 1, Integer::sum);
        }
    }

    /** A clock tests move by hand. */
    static final class SteppingClock extends Clock {
        private volatile Instant now;

        SteppingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        void set(Instant at) {
            now = at;
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
}
