package org.civility.core.resource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.fixtures.BundleAssertions;
import org.civility.core.fixtures.OrganisationFixtures;
import org.civility.core.fixtures.SettableClock;
import org.civility.core.fixtures.TeamFixtures;
import org.civility.core.governance.PolicySettings;
import org.civility.core.matching.WeeklyWindow;
import org.civility.core.memory.InMemoryMenuItemRepository;
import org.civility.core.memory.InMemoryServiceOfferRepository;
import org.civility.core.memory.InMemoryServiceOrderRepository;
import org.civility.core.memory.InMemoryTeamRepository;
import org.civility.core.order.Assignee;
import org.civility.core.order.MenuItem;
import org.civility.core.order.MenuItemId;
import org.civility.core.order.OrderItem;
import org.civility.core.order.ServiceOrder;
import org.civility.core.order.ServiceOrderId;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.DomainEvent;
import org.civility.core.shared.PageRequest;
import org.civility.core.spi.IdSource;
import org.civility.core.team.Team;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.OrderFixtures.T0;

class OfferServiceTest {

    private final OrganisationFixtures.Tree tree = OrganisationFixtures.aTree();
    private final UnitId station = tree.stationA().id();
    private final InMemoryServiceOfferRepository offers = new InMemoryServiceOfferRepository();
    private final InMemoryTeamRepository teams = new InMemoryTeamRepository();
    private final InMemoryServiceOrderRepository orders = new InMemoryServiceOrderRepository();
    private final InMemoryMenuItemRepository menu = new InMemoryMenuItemRepository();
    private final SettableClock clock = new SettableClock(T0);
    private final List<DomainEvent> events = new ArrayList<>();
    private final OfferService service = new OfferService(offers, teams, tree.access(), clock, IdSource.random(),
            events::add);

    private final UUID volunteerId = UUID.randomUUID();
    private final Actor volunteer = Actor.of("vol-li", new RoleGrant(Role.VOLUNTEER, station)).asVolunteer(volunteerId);
    private final Actor otherVolunteer = Actor.of("vol-zhao", new RoleGrant(Role.VOLUNTEER, station))
            .asVolunteer(UUID.randomUUID());
    private final Actor head = tree.headOfStationA();

    private static final List<WeeklyWindow> SATURDAY =
            List.of(new WeeklyWindow(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));

    private static void assertCode(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CivilityException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    private ServiceOffer mine() {
        return service.publish(volunteer, new PublishOffer(Assignee.volunteer(volunteerId), Set.of("理发"),
                OfferArea.of(station), SATURDAY, "周六上午"));
    }

    @Test
    void aVolunteerPublishesRevisesWithdrawsAndReactivatesTheirOwnOffer() {
        ServiceOffer offer = mine();
        assertThat(offer.active()).isTrue();
        assertThat(offer.version()).isEqualTo(1);

        ServiceOffer revised = service.revise(volunteer, new ReviseOffer(offer.id(), 1L, Set.of("理发", "按摩"),
                new OfferArea(station, Optional.of("第一网格"), Optional.empty()), SATURDAY, ""));
        ServiceOffer withdrawn = service.withdraw(volunteer, offer.id(), 2L);
        ServiceOffer back = service.reactivate(volunteer, offer.id(), null);

        assertThat(revised.skills()).containsExactly("按摩", "理发");
        assertThat(withdrawn.active()).isFalse();
        assertThat(back.active()).isTrue();
        assertThat(events).hasSize(4).allSatisfy(e -> assertThat(e).isInstanceOf(OfferChanged.class));
        assertThat(service.byUnit(head, station, true, new PageRequest(0, 10)).items()).hasSize(1);
    }

    @Test
    void oneOfferPerVolunteer() {
        mine();
        assertCode(this::mine, "OFFER-EXISTS");
    }

    @Test
    void aVolunteerKeepsOnlyTheirOwnOffer() {
        ServiceOffer offer = mine();
        assertCode(() -> service.withdraw(otherVolunteer, offer.id(), null), "OFFER-NOT-OWNER");
        assertCode(() -> service.publish(otherVolunteer, new PublishOffer(Assignee.volunteer(volunteerId),
                Set.of("x"), OfferArea.of(station), List.of(), "")), "OFFER-NOT-OWNER");
        assertCode(() -> service.withdraw(head, offer.id(), null), "OFFER-NOT-OWNER");
    }

    @Test
    void aVolunteerCannotOfferOutsideTheirUnits() {
        assertCode(() -> service.publish(volunteer, new PublishOffer(Assignee.volunteer(volunteerId), Set.of("x"),
                OfferArea.of(tree.stationB().id()), List.of(), "")), "ACCESS-DENIED");
    }

    @Test
    void aStaleVersionIsRefused() {
        ServiceOffer offer = mine();
        assertCode(() -> service.withdraw(volunteer, offer.id(), 7L), "STALE-VERSION");
    }

    @Test
    void teamOffersAreKeptWithManageTeamsAtTheTeamsUnit() {
        Team team = teams.store(TeamFixtures.aTeam().at(station).build());
        PublishOffer command = new PublishOffer(Assignee.team(team.id().value()), Set.of("文艺演出"),
                OfferArea.of(station), SATURDAY, "");

        assertCode(() -> service.publish(volunteer, command), "ACCESS-DENIED");
        assertCode(() -> service.publish(tree.adminOfInstituteB(), command), "ACCESS-DENIED");
        ServiceOffer offer = service.publish(tree.adminOfInstituteA(), command);

        assertThat(service.withdraw(head, offer.id(), null).active()).isFalse();
    }

    @Test
    void offersWithoutSkillsAreRefused() {
        assertCode(() -> service.publish(volunteer, new PublishOffer(Assignee.volunteer(volunteerId), Set.of(),
                OfferArea.of(station), List.of(), "")), "MATCH-SKILL-INVALID");
    }

    @Test
    void everyCodeHasATitleAndDetailInChineseAndEnglish() {
        BundleAssertions.assertEveryCodeHasTitleAndDetail(OfferError.values());
    }

    @Test
    void candidatesLieInTheHandlingUnitsSubtree() {
        // given a wish placed at station A, offers of station A, of institute A and of the other branch
        ServiceOrder order = orders.store(ServiceOrder.place(new ServiceOrderId(UUID.randomUUID()), station,
                "resident", "resident", "王大爷", new OrderItem.Wish("修收音机"), "", T0, Optional.empty()));
        ServiceOffer near = mine();
        UUID faraway = UUID.randomUUID();
        service.publish(Actor.of("vol-far", new RoleGrant(Role.VOLUNTEER, tree.stationB().id())).asVolunteer(faraway),
                new PublishOffer(Assignee.volunteer(faraway), Set.of("修理"), OfferArea.of(tree.stationB().id()),
                        SATURDAY, ""));
        Team team = teams.store(TeamFixtures.aTeam().at(tree.instituteA().id()).build());
        ServiceOffer teamOffer = service.publish(tree.adminOfInstituteA(), new PublishOffer(
                Assignee.team(team.id().value()), Set.of("修理"), OfferArea.of(tree.instituteA().id()), SATURDAY, ""));
        CandidateFinder finder = new CandidateFinder(orders, menu, offers, teams, tree.units(), since -> Map.of(),
                tree.access(), PolicySettings.defaults(), clock);

        // then while the station handles it, only the station's own offers are candidates
        assertThat(finder.candidates(head, order.id(), Optional.empty(), Duration.ofHours(1), 10))
                .extracting(r -> r.offer().id()).containsExactly(near.id());

        // and once escalated to the institute, the institute's too, never the other branch's
        order.escalateTo(tree.instituteA().id(), "system", T0);
        orders.store(order);
        assertThat(finder.candidates(tree.adminOfInstituteA(), order.id(), Optional.empty(), Duration.ofHours(1), 10))
                .extracting(r -> r.offer().id()).containsExactlyInAnyOrder(near.id(), teamOffer.id());
    }

    @Test
    void candidatesForAnOrderFollowItsMenuItemsSkillsUnitTimeAndLoad() {
        MenuItem haircut = MenuItem.list(new MenuItemId(UUID.randomUUID()), station, "上门理发", "");
        haircut.requireSkills(Set.of("理发"));
        menu.store(haircut);
        // an order of station A escalated to institute A (R-ORD-2), whose offers join the station's
        ServiceOrder order = ServiceOrder.place(new ServiceOrderId(UUID.randomUUID()), station,
                "resident", "resident", "王大爷", new OrderItem.FromMenu(haircut.id()), "", T0, Optional.empty());
        order.escalateTo(tree.instituteA().id(), "system", T0);
        orders.store(order);
        ServiceOffer near = mine();
        UUID busy = UUID.randomUUID();
        Actor busyVolunteer = Actor.of("vol-busy", new RoleGrant(Role.VOLUNTEER, station)).asVolunteer(busy);
        ServiceOffer loaded = service.publish(busyVolunteer, new PublishOffer(Assignee.volunteer(busy),
                Set.of("理发"), OfferArea.of(station), SATURDAY, ""));
        UUID lawyer = UUID.randomUUID();
        service.publish(Actor.of("vol-law", new RoleGrant(Role.VOLUNTEER, station)).asVolunteer(lawyer),
                new PublishOffer(Assignee.volunteer(lawyer), Set.of("法律咨询"), OfferArea.of(station), SATURDAY, ""));
        Team team = teams.store(TeamFixtures.aTeam().at(tree.instituteA().id())
                .withMember(TeamFixtures.aMember(new VolunteerId(busy))).build());
        ServiceOffer teamOffer = service.publish(tree.adminOfInstituteA(), new PublishOffer(Assignee.team(team.id().value()),
                Set.of("理发"), OfferArea.of(tree.instituteA().id()), SATURDAY, ""));
        CandidateFinder finder = new CandidateFinder(orders, menu, offers, teams, tree.units(),
                since -> Map.of(busy, 2), tree.access(), PolicySettings.defaults(), clock);
        // Saturday 2026-03-07 10:00
        Optional<LocalDateTime> saturday = Optional.of(LocalDateTime.of(2026, 3, 7, 10, 0));

        List<RankedOffer> ranked = finder.candidates(tree.adminOfInstituteA(), order.id(), saturday,
                Duration.ofHours(1), 10);

        assertThat(ranked).extracting(r -> r.offer().id()).containsExactly(near.id(), loaded.id(), teamOffer.id());
        assertThat(ranked.get(1).match().fairness()).isEqualTo(1.0 / 3);
        assertThat(ranked.get(2).match().proximity()).isEqualTo(0.5);
        assertThat(ranked.get(2).match().fairness()).isEqualTo(1.0 / 3);
        assertCode(() -> finder.candidates(volunteer, order.id(), saturday, Duration.ofHours(1), 10),
                "ACCESS-DENIED");
    }
}
