package org.civility.core.contract;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.civility.core.notice.Backoff;
import org.civility.core.notice.Channel;
import org.civility.core.notice.Delivery;
import org.civility.core.notice.DeliveryId;
import org.civility.core.notice.DeliveryStatus;
import org.civility.core.notice.Notice;
import org.civility.core.notice.NoticeId;
import org.civility.core.notice.NoticeRepository;
import org.civility.core.notice.SubjectKind;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.NoticeFixtures.NOW;
import static org.civility.core.fixtures.NoticeFixtures.aNotice;

/**
 * What every {@link NoticeRepository} must do. Subclass it per adapter; tests use fresh ids and
 * never assume an empty store (due deliveries are looked for at times no other test uses).
 */
public abstract class NoticeRepositoryContract {

    protected abstract NoticeRepository repository();

    @Test
    void roundTripsEveryFieldOfANotice() {
        Notice notice = aNotice().titled("重阳节敬老活动").through(Channel.SMS, Channel.WECHAT_GROUP, Channel.POSTER)
                .publishedAt(NOW.plusSeconds(3600)).build();

        repository().store(notice);
        Notice found = repository().find(notice.id()).orElseThrow();

        assertThat(found.id()).isEqualTo(notice.id());
        assertThat(found.unit()).isEqualTo(notice.unit());
        assertThat(found.subject()).isEqualTo(notice.subject());
        assertThat(found.subject().kind()).isEqualTo(SubjectKind.CELEBRATION);
        assertThat(found.content()).isEqualTo(notice.content());
        assertThat(found.content().title()).isEqualTo("重阳节敬老活动");
        assertThat(found.channels()).containsExactlyInAnyOrder(Channel.SMS, Channel.WECHAT_GROUP, Channel.POSTER);
        assertThat(found.publishAt()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(found.announcedBy()).isEqualTo("站长");
        assertThat(found.announcedAt()).isEqualTo(NOW);
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void findsNothingForUnknownIds() {
        assertThat(repository().find(new NoticeId(UUID.randomUUID()))).isEmpty();
        assertThat(repository().findDelivery(new DeliveryId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void bumpsTheVersionAndRejectsAStaleOne() {
        Notice stored = repository().store(aNotice().build());
        assertThat(stored.version()).isEqualTo(1);
        Notice again = repository().store(stored);
        assertThat(again.version()).isEqualTo(2);

        assertThatThrownBy(() -> repository().store(stored))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
        Notice fresh = aNotice().build();
        repository().store(fresh);
        assertThatThrownBy(() -> repository().store(fresh))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
    }

    @Test
    void roundTripsEveryFieldOfADeliveryThroughItsLife() {
        Notice notice = repository().store(aNotice().build());
        Delivery opened = repository().storeDelivery(notice.openDelivery(new DeliveryId(UUID.randomUUID()), Channel.SMS));
        assertThat(opened.version()).isEqualTo(1);
        Delivery found = repository().findDelivery(opened.id()).orElseThrow();
        assertThat(found.notice()).isEqualTo(notice.id());
        assertThat(found.channel()).isEqualTo(Channel.SMS);
        assertThat(found.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(found.attempts()).isZero();
        assertThat(found.lastError()).isEmpty();
        assertThat(found.nextAttemptAt()).isEqualTo(NOW);
        assertThat(found.sentAt()).isEmpty();

        found.claim(NOW, Duration.ofMinutes(5));
        found.failed("网关超时 gateway timeout", NOW.plusSeconds(2), Backoff.standard());
        repository().storeDelivery(found);
        Delivery failed = repository().findDelivery(opened.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(DeliveryStatus.RETRYING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("网关超时 gateway timeout");
        assertThat(failed.nextAttemptAt()).isEqualTo(NOW.plusSeconds(32));
        assertThat(failed.version()).isEqualTo(2);

        failed.claim(NOW.plusSeconds(40), Duration.ofMinutes(5));
        failed.sent(NOW.plusSeconds(41));
        repository().storeDelivery(failed);
        Delivery sent = repository().findDelivery(opened.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.sentAt()).contains(NOW.plusSeconds(41));
        assertThat(sent.lastError()).contains("网关超时 gateway timeout");
        assertThat(sent.version()).isEqualTo(3);
    }

    @Test
    void rejectsAStaleDelivery() {
        Notice notice = repository().store(aNotice().build());
        Delivery stored = repository().storeDelivery(notice.openDelivery(new DeliveryId(UUID.randomUUID()), Channel.SMS));
        Delivery first = repository().findDelivery(stored.id()).orElseThrow();
        Delivery second = repository().findDelivery(stored.id()).orElseThrow();
        first.claim(NOW, Duration.ofMinutes(5));
        repository().storeDelivery(first);

        second.claim(NOW, Duration.ofMinutes(5));

        assertThatThrownBy(() -> repository().storeDelivery(second))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
        assertThat(repository().findDelivery(stored.id()).orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void listsTheDeliveriesOfANoticeByChannelName() {
        Notice notice = repository().store(aNotice().through(Channel.WECHAT_GROUP, Channel.SMS, Channel.POSTER).build());
        for (Channel channel : new Channel[] {Channel.WECHAT_GROUP, Channel.SMS, Channel.POSTER}) {
            repository().storeDelivery(notice.openDelivery(new DeliveryId(UUID.randomUUID()), channel));
        }

        assertThat(repository().deliveries(notice.id())).extracting(Delivery::channel)
                .containsExactly(Channel.POSTER, Channel.SMS, Channel.WECHAT_GROUP);
        assertThat(repository().deliveries(new NoticeId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void findsDueUnsentDeliveriesLongestWaitingFirst() {
        // A moment far from every other test's deliveries, so other rows never get in the way.
        Instant t = Instant.parse("1999-01-01T00:00:00Z").plusSeconds(UUID.randomUUID().getMostSignificantBits() & 0xFFFFF);
        Delivery later = openAt(t.plusSeconds(20));
        Delivery earlier = openAt(t.plusSeconds(10));
        Delivery notYet = openAt(t.plusSeconds(40));
        Delivery sent = openAt(t.plusSeconds(5));
        sent.claim(t.plusSeconds(5), Duration.ofSeconds(1));
        sent.sent(t.plusSeconds(6));
        repository().storeDelivery(sent);

        assertThat(repository().dueDeliveries(t.plusSeconds(30), 200))
                .filteredOn(d -> !d.nextAttemptAt().isBefore(t))
                .extracting(Delivery::id)
                .containsExactly(earlier.id(), later.id())
                .doesNotContain(notYet.id(), sent.id());
        assertThat(repository().dueDeliveries(t.plusSeconds(30), 1)).hasSize(1);
    }

    @Test
    void pagesNoticesOfAUnitLatestFirst() {
        UnitId unit = new UnitId(UUID.randomUUID());
        Notice old = repository().store(aNotice().of(unit).publishedAt(NOW).build());
        Notice mid = repository().store(aNotice().of(unit).publishedAt(NOW.plusSeconds(60)).build());
        Notice last = repository().store(aNotice().of(unit).publishedAt(NOW.plusSeconds(120)).build());
        repository().store(aNotice().build());

        Page<Notice> first = repository().byUnit(unit, new PageRequest(0, 2));
        Page<Notice> second = repository().byUnit(unit, new PageRequest(2, 2));

        assertThat(first.items()).extracting(Notice::id).containsExactly(last.id(), mid.id());
        assertThat(first.hasMore()).isTrue();
        assertThat(second.items()).extracting(Notice::id).containsExactly(old.id());
        assertThat(second.hasMore()).isFalse();
        assertThat(second.offset()).isEqualTo(2);
    }

    private Delivery openAt(Instant at) {
        Notice notice = repository().store(aNotice().publishedAt(at).build());
        Delivery stored = repository().storeDelivery(notice.openDelivery(new DeliveryId(UUID.randomUUID()), Channel.SMS));
        return repository().findDelivery(stored.id()).orElseThrow();
    }
}
