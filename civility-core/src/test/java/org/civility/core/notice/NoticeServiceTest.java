package org.civility.core.notice;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.fixtures.TestUnitTree;
import org.civility.core.governance.PolicySettings;
import org.civility.core.governance.SettingKey;
import org.civility.core.memory.InMemoryNoticeRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.DomainEvent;
import org.civility.core.shared.ErrorKind;
import org.civility.core.shared.PageRequest;
import org.civility.core.spi.IdSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.NoticeFixtures.NOW;
import static org.civility.core.fixtures.NoticeFixtures.administratorAt;
import static org.civility.core.fixtures.NoticeFixtures.anAnnouncement;
import static org.civility.core.fixtures.NoticeFixtures.hoursFromNow;
import static org.civility.core.fixtures.NoticeFixtures.residentAt;

class NoticeServiceTest {

    private final TestUnitTree tree = TestUnitTree.aUnitTree();
    private final UnitId station = tree.station;
    private final InMemoryNoticeRepository notices = new InMemoryNoticeRepository();
    private final List<DomainEvent> events = new ArrayList<>();
    private final NoticeService service = serviceWith(PolicySettings.defaults());
    private final Actor admin = administratorAt(station);

    @Test
    void announcingQueuesOneDeliveryPerChannelAndSendsNothing() {
        Notice notice = service.announce(admin, anAnnouncement(station).through(Channel.SMS, Channel.POSTER).build());

        assertThat(notice.version()).isEqualTo(1);
        assertThat(notice.publishAt()).isEqualTo(NOW);
        assertThat(notice.announcedBy()).isEqualTo("管理员");
        assertThat(service.deliveries(residentAt(station), notice.id()))
                .extracting(Delivery::channel, Delivery::status, Delivery::attempts, Delivery::nextAttemptAt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Channel.POSTER, DeliveryStatus.PENDING, 0, NOW),
                        org.assertj.core.groups.Tuple.tuple(Channel.SMS, DeliveryStatus.PENDING, 0, NOW));
        assertThat(events).singleElement().isInstanceOfSatisfying(NoticeAnnounced.class, e -> {
            assertThat(e.notice()).isEqualTo(notice.id());
            assertThat(e.channels()).containsExactlyInAnyOrder(Channel.SMS, Channel.POSTER);
        });
    }

    @Test
    void aLaterPublishTimeDelaysTheDeliveries() {
        Notice notice = service.announce(admin, anAnnouncement(station).publishedIn(5).startingIn(72).build());

        assertThat(notice.publishAt()).isEqualTo(hoursFromNow(5));
        assertThat(notices.dueDeliveries(NOW, 10)).filteredOn(d -> d.notice().equals(notice.id())).isEmpty();
        assertThat(notices.dueDeliveries(hoursFromNow(5), 10)).filteredOn(d -> d.notice().equals(notice.id()))
                .hasSize(3);
    }

    @Test
    @DisplayName("R-NOTE-1 a notice published less than the minimum lead time (24 h) before the start is rejected")
    void rejectsANoticeTooCloseToTheStart() {
        assertThatThrownBy(() -> service.announce(admin, anAnnouncement(station).startingIn(2).build()))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("R-NOTE-1");
                    assertThat(e.kind()).isEqualTo(ErrorKind.RULE);
                    assertThat(e.args()).containsEntry("minLeadHours", 24).containsEntry("startsAt", hoursFromNow(2));
                });
        assertThat(events).isEmpty();
    }

    @Test
    @DisplayName("R-NOTE-1 exactly the minimum lead time is enough; a later publish time counts from then")
    void acceptsExactlyTheLeadTimeAndCountsFromThePublishTime() {
        service.announce(admin, anAnnouncement(station).startingIn(24).build());

        assertThatThrownBy(() -> service.announce(admin, anAnnouncement(station).publishedIn(50).startingIn(72).build()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("R-NOTE-1"));
    }

    @Test
    @DisplayName("R-NOTE-1 a unit may require a longer lead time (setting notice.min-lead-hours)")
    void honoursAStricterLeadTimeSetting() {
        NoticeService strict = serviceWith(new PolicySettings() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T effective(SettingKey<T> key, UnitId unit) {
                return key.equals(AnnouncedAheadPolicy.MIN_LEAD_HOURS) ? (T) Integer.valueOf(96) : key.defaultValue();
            }
        });

        assertThatThrownBy(() -> strict.announce(admin, anAnnouncement(station).startingIn(72).build()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.args()).containsEntry("minLeadHours", 96));
    }

    @Test
    void aResidentMayNotAnnounce() {
        assertThatThrownBy(() -> service.announce(residentAt(station), anAnnouncement(station).build()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN));
    }

    @Test
    void anAdministratorOfAnotherBranchMayNeitherAnnounceNorRead() {
        Actor stranger = administratorAt(tree.otherInstitute);
        Notice notice = service.announce(admin, anAnnouncement(station).build());

        assertThatThrownBy(() -> service.announce(stranger, anAnnouncement(station).build()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
        assertThatThrownBy(() -> service.get(stranger, notice.id()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
        assertThatThrownBy(() -> service.retry(stranger, new RetryDelivery(notice.id(), Channel.SMS)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }

    @Test
    void anAdministratorAboveTheStationListsItsNotices() {
        Notice notice = service.announce(administratorAt(tree.institute), anAnnouncement(station).build());

        assertThat(service.listByUnit(admin, station, PageRequest.firstPage()).items())
                .extracting(Notice::id).containsExactly(notice.id());
    }

    @Test
    void staffRetryAFailedDeliveryAtOnceButNeverASentOne() {
        Notice notice = service.announce(admin, anAnnouncement(station).through(Channel.SMS).build());
        Delivery delivery = notices.deliveries(notice.id()).get(0);
        delivery.claim(NOW, NoticeDispatcher.LEASE);
        delivery.failed("down", NOW, Backoff.standard());
        notices.storeDelivery(delivery);

        Delivery retried = service.retry(admin, new RetryDelivery(notice.id(), Channel.SMS));

        assertThat(retried.nextAttemptAt()).isEqualTo(NOW);
        assertThat(retried.status()).isEqualTo(DeliveryStatus.RETRYING);
        assertThatThrownBy(() -> service.retry(admin, new RetryDelivery(notice.id(), Channel.POSTER)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("NOTICE-CHANNEL-NOT-USED"));
        retried.claim(NOW, NoticeDispatcher.LEASE);
        retried.sent(NOW);
        notices.storeDelivery(retried);
        assertThatThrownBy(() -> service.retry(admin, new RetryDelivery(notice.id(), Channel.SMS)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("NOTICE-ALREADY-SENT"));
    }

    @Test
    void anUnknownNoticeIsNotFound() {
        assertThatThrownBy(() -> service.get(admin, new NoticeId(java.util.UUID.randomUUID())))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("NOT-FOUND"));
    }

    private NoticeService serviceWith(PolicySettings settings) {
        return new NoticeService(notices, new AccessControl(tree), settings, Clock.fixed(NOW, ZoneOffset.UTC),
                IdSource.random(), events::add);
    }
}
