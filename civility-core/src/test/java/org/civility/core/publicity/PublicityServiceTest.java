package org.civility.core.publicity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.civility.core.activity.Activity;
import org.civility.core.activity.ActivityStatus;
import org.civility.core.activity.PracticeForm;
import org.civility.core.fixtures.OrganisationFixtures;
import org.civility.core.governance.PolicySettings;
import org.civility.core.memory.InMemoryActivityRepository;
import org.civility.core.memory.InMemoryBookingRepository;
import org.civility.core.memory.InMemoryMenuItemRepository;
import org.civility.core.memory.InMemoryNamingConsentRepository;
import org.civility.core.memory.InMemoryPointsLedgerRepository;
import org.civility.core.memory.InMemoryServiceOrderRepository;
import org.civility.core.memory.InMemoryTeamRepository;
import org.civility.core.memory.InMemoryVenueRepository;
import org.civility.core.memory.InMemoryVolunteerRepository;
import org.civility.core.order.MenuItem;
import org.civility.core.order.MenuItemId;
import org.civility.core.order.OrderItem;
import org.civility.core.order.Rating;
import org.civility.core.order.ServiceOrder;
import org.civility.core.order.ServiceOrderId;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.publicity.PublicStationPage.Commendation;
import org.civility.core.publicity.PublicStationPage.ComingActivity;
import org.civility.core.publicity.PublicStationPage.Showcase;
import org.civility.core.recognition.CommendationGathering;
import org.civility.core.recognition.HoursSource;
import org.civility.core.recognition.NamingConsent;
import org.civility.core.recognition.Nominee;
import org.civility.core.recognition.PointsEntry;
import org.civility.core.recognition.PointsEntryId;
import org.civility.core.shared.CivilityException;
import org.civility.core.venue.Booking;
import org.civility.core.venue.Venue;
import org.civility.core.volunteer.Volunteer;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.ActivityFixtures.aRecreation;
import static org.civility.core.fixtures.ActivityFixtures.aResident;
import static org.civility.core.fixtures.VenueFixtures.aBooking;
import static org.civility.core.fixtures.VenueFixtures.aVenue;
import static org.civility.core.fixtures.VolunteerFixtures.aVolunteer;

/** A station's public page: coming activities, showcased orders and the year's commendation, with no personal data. */
class PublicityServiceTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 2026-11-20 10:00 in Shanghai. */
    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

    private final OrganisationFixtures.Tree tree = OrganisationFixtures.aTree();
    private final UnitId station = tree.stationA().id();
    private final Unit point = tree.units().store(Unit.foundPoint(OrganisationFixtures.aUnitId(), "幸福社区一组实践点",
            station));

    private final InMemoryActivityRepository activities = new InMemoryActivityRepository();
    private final InMemoryBookingRepository bookings = new InMemoryBookingRepository();
    private final InMemoryVenueRepository venues = new InMemoryVenueRepository();
    private final InMemoryServiceOrderRepository orders = new InMemoryServiceOrderRepository();
    private final InMemoryMenuItemRepository menu = new InMemoryMenuItemRepository();
    private final InMemoryVolunteerRepository volunteers = new InMemoryVolunteerRepository();
    private final InMemoryPointsLedgerRepository ledger = new InMemoryPointsLedgerRepository();
    private final InMemoryNamingConsentRepository consents = new InMemoryNamingConsentRepository();

    private final PublicityService publicity = new PublicityService(tree.units(), activities, bookings, venues,
            orders, menu, volunteers, new CommendationGathering(tree.units(), volunteers, new InMemoryTeamRepository(),
            ledger, orders, consents, PolicySettings.defaults()), Clock.fixed(NOW, ZONE), ZONE);

    private final Volunteer zhou = volunteers.store(aVolunteer().at(station).named("周晓明").build());
    private final Volunteer lin = volunteers.store(aVolunteer().at(station).named("林雨萱").build());

    @Test
    @DisplayName("shows the station's name and its and its points' planned activities not yet ended, soonest first")
    void showsComingActivitiesOnly() {
        // given
        Venue hall = venues.store(aVenue().at(station).named("文化礼堂").build());
        Booking booking = bookings.store(aBooking().of(hall).scheduledBy(station).build());
        Activity atTheHall = activities.store(aRecreation().at(station).titled("广场舞展演").ofForm(PracticeForm.RECREATION)
                .startingAt(NOW.plus(Duration.ofDays(2))).usingBooking(booking.id())
                .withSignUp(aResident("李秀英"), NOW.minus(Duration.ofDays(1))).build());
        Activity atThePoint = activities.store(aRecreation().at(point.id()).titled("惠农政策解读会")
                .ofForm(PracticeForm.LECTURE).startingAt(NOW.plus(Duration.ofDays(1))).build());
        activities.store(aRecreation().at(station).titled("已结束").startingAt(NOW.minus(Duration.ofDays(1))).build());
        activities.store(aRecreation().at(station).titled("已取消").startingAt(NOW.plus(Duration.ofDays(3)))
                .withStatus(ActivityStatus.CANCELLED).build());
        activities.store(aRecreation().at(tree.stationB().id()).titled("别村的活动")
                .startingAt(NOW.plus(Duration.ofDays(1))).build());

        // when
        PublicStationPage page = publicity.stationPage(station);

        // then
        assertThat(page.name()).isEqualTo("幸福社区新时代文明实践站");
        assertThat(page.coming()).extracting(ComingActivity::id).containsExactly(atThePoint.id(), atTheHall.id());
        assertThat(page.coming().getFirst().place()).isEqualTo("幸福社区一组实践点");
        assertThat(page.coming().getLast().place()).isEqualTo("文化礼堂");
        assertThat(page.coming().getLast().form()).isEqualTo(PracticeForm.RECREATION);
        assertThat(page.toString()).doesNotContain("李秀英");
    }

    @Test
    @DisplayName("lists at most twenty coming activities")
    void limitsComingActivities() {
        for (int i = 0; i < PublicityService.MAX_COMING + 3; i++) {
            activities.store(aRecreation().at(station).startingAt(NOW.plus(Duration.ofHours(i + 1))).build());
        }

        assertThat(publicity.stationPage(station).coming()).hasSize(PublicityService.MAX_COMING);
    }

    @Test
    @DisplayName("shows a showcased order's item, report, rating and consenting volunteer, never the resident")
    void showsShowcasedOrdersWithoutTheResident() {
        // given a showcased order of the menu, one whose report carries a phone number, and one only rated
        MenuItem haircut = menu.store(MenuItem.list(new MenuItemId(UUID.randomUUID()), station, "理发", ""));
        showcased(station, new OrderItem.FromMenu(haircut.id()), "已为老人理发", NOW.minus(Duration.ofDays(3)), true);
        showcased(point.id(), new OrderItem.Wish("修理王秀英家楼道灯"), "灯修好了，有事打138 0013 8000或１３８００１３８０００",
                NOW.minus(Duration.ofDays(1)), true);
        showcased(station, new OrderItem.FromMenu(haircut.id()), "只评了分", NOW.minus(Duration.ofDays(2)), false);

        // when
        PublicStationPage page = publicity.stationPage(station);

        // then
        assertThat(page.showcases()).extracting(Showcase::item).as("a wish's text is the resident's, not published")
                .containsExactly("", "理发");
        Showcase wish = page.showcases().getFirst();
        assertThat(wish.wish()).isTrue();
        assertThat(wish.report()).contains("灯修好了，有事打***或***");
        assertThat(wish.stars()).isEqualTo(5);
        assertThat(wish.volunteer()).contains("周晓明");
        assertThat(page.toString()).doesNotContain("王大爷", "resident-wang", "每周理发一次", "13800138000", "很满意",
                "王秀英", "0013");
    }

    @Test
    @DisplayName("R-RECG-1 names in the commendation only the volunteers who consented, the others stay anonymous")
    void namesOnlyConsentingVolunteers() {
        // given both served this year, 周晓明 more, and only 周晓明 said yes to being named
        credit(zhou, 600, NOW.minus(Duration.ofDays(30)));
        credit(lin, 300, NOW.minus(Duration.ofDays(20)));
        credit(lin, 900, Instant.parse("2025-12-01T02:00:00Z"));
        consents.store(new NamingConsent(zhou.id(), true, NOW.minus(Duration.ofDays(1))));
        consents.store(new NamingConsent(lin.id(), false, NOW.minus(Duration.ofDays(1))));

        // when
        PublicStationPage page = publicity.stationPage(station);

        // then
        assertThat(page.year()).isEqualTo(2026);
        assertThat(page.commendations()).filteredOn(c -> c.nominee() == Nominee.VOLUNTEER)
                .extracting(Commendation::rank, Commendation::name, Commendation::minutes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, Optional.of("周晓明"), 600L),
                        org.assertj.core.groups.Tuple.tuple(2, Optional.empty(), 300L));
        assertThat(page.toString()).doesNotContain("林雨萱");
    }

    @Test
    @DisplayName("answers NOT-FOUND for an unknown unit and for a unit that is not a station")
    void refusesWhatIsNotAStation() {
        assertThatThrownBy(() -> publicity.stationPage(new UnitId(UUID.randomUUID())))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("NOT-FOUND"));
        assertThatThrownBy(() -> publicity.stationPage(tree.instituteA().id()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("NOT-FOUND"));
        assertThatThrownBy(() -> publicity.stationPage(point.id()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("NOT-FOUND"));
    }

    private void showcased(UnitId unit, OrderItem item, String report, Instant at, boolean showcase) {
        ServiceOrder order = ServiceOrder.place(new ServiceOrderId(UUID.randomUUID()), unit, "resident-wang",
                "resident-wang", "王大爷", item, "每周理发一次", at, Optional.empty());
        order.review("station-admin", at.plusSeconds(60), "", false);
        order.openForGrabs("station-admin", at.plusSeconds(120));
        order.accept("volunteer", zhou.id().value(), at.plusSeconds(180));
        order.start("volunteer", at.plusSeconds(240));
        order.complete("volunteer", at.plusSeconds(3600), report);
        order.rate("resident-wang", at.plusSeconds(7200), new Rating(5, "很满意"));
        order.consentToShowcase("volunteer", at.plusSeconds(7300));
        if (showcase) {
            order.showcase("station-admin", at.plusSeconds(7400));
        }
        orders.store(order);
    }

    private void credit(Volunteer volunteer, long minutes, Instant at) {
        ledger.append(PointsEntry.credit(new PointsEntryId(UUID.randomUUID()), volunteer.id(), station, minutes / 60,
                minutes, HoursSource.SELF_CHECK_IN, UUID.randomUUID(), at));
    }
}
