package org.civility.core.order;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.fixtures.OrganisationFixtures;
import org.civility.core.fixtures.SettableClock;
import org.civility.core.fixtures.TeamFixtures;
import org.civility.core.governance.PolicySettings;
import org.civility.core.governance.SettingKey;
import org.civility.core.memory.InMemoryServiceOrderRepository;
import org.civility.core.memory.InMemoryTeamRepository;
import org.civility.core.memory.InMemoryVolunteerRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.DomainEvent;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.Page;
import org.civility.core.spi.IdSource;
import org.civility.core.team.Team;
import org.civility.core.team.TeamId;
import org.civility.core.team.TeamKind;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.OrderFixtures.T0;
import static org.civility.core.fixtures.OrderFixtures.aMenuItem;
import static org.civility.core.fixtures.VolunteerFixtures.aVolunteer;

class OrderServiceTest {

    private final OrganisationFixtures.Tree tree = OrganisationFixtures.aTree();
    private final UnitId station = tree.stationA().id();
    private final InMemoryServiceOrderRepository orders = new InMemoryServiceOrderRepository();
    private final SettableClock clock = new SettableClock(T0);
    private final List<DomainEvent> events = new ArrayList<>();
    private final PolicySettings settings = PolicySettings.defaults();
    private final InMemoryTeamRepository teams = new InMemoryTeamRepository();
    private final InMemoryVolunteerRepository volunteerRecords = new InMemoryVolunteerRepository();
    private final OrderService service = new OrderService(orders, teams, volunteerRecords, tree.access(), settings,
            clock, IdSource.random(), events::add);

    private final Actor resident = tree.residentOfStationA();
    private final Actor head = tree.headOfStationA();
    private final UUID volunteerId = volunteerRecords.store(aVolunteer().at(station).build()).id().value();
    private final Actor volunteer = Actor.of("vol-li", new RoleGrant(Role.VOLUNTEER, station)).asVolunteer(volunteerId);
    private final Actor otherVolunteer = Actor.of("vol-zhao", new RoleGrant(Role.VOLUNTEER, station))
            .asVolunteer(volunteerRecords.store(aVolunteer().at(station).build()).id().value());

    private ServiceOrder placed(OrderItem item) {
        return service.place(resident, new PlaceOrder(station, "王大爷", item, "", Optional.empty()));
    }

    private ServiceOrder reviewed() {
        ServiceOrder order = placed(aMenuItem());
        return service.review(head, new ReviewOrder(order.id(), "ok", false));
    }

    private ServiceOrder completed() {
        ServiceOrder order = reviewed();
        service.offer(head, new OfferOrder(order.id(), Assignee.volunteer(volunteerId)));
        service.accept(volunteer, order.id());
        service.start(volunteer, order.id());
        return service.complete(volunteer, new CompleteOrder(order.id(), "理发完成"));
    }

    private static void assertCode(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CivilityException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void runsAnOrderFromPlacementToShowcaseRecordingEveryStep() {
        ServiceOrder order = completed();
        service.consentToShowcase(volunteer, order.id());
        service.rate(resident, new RateOrder(order.id(), new Rating(5, "师傅手艺好")));
        ServiceOrder done = service.showcase(head, order.id());

        assertThat(done.status()).isEqualTo(OrderStatus.SHOWCASED);
        assertThat(done.requester()).isEqualTo(resident.name());
        assertThat(done.history()).extracting(OrderStep::action).containsExactly(OrderAction.PLACE, OrderAction.REVIEW,
                OrderAction.OFFER, OrderAction.ACCEPT, OrderAction.START, OrderAction.COMPLETE,
                OrderAction.CONSENT_TO_SHOWCASE, OrderAction.RATE, OrderAction.SHOWCASE);
        assertThat(done.history()).allSatisfy(s -> assertThat(s.at()).isEqualTo(T0));
        assertThat(events).hasSize(9).allSatisfy(e -> assertThat(e).isInstanceOf(OrderStepTaken.class));
    }

    @Test
    void aHelperPlacesForAResidentWithoutAPhoneAndBothAreRecorded() {
        ServiceOrder order = service.place(head, new PlaceOrder(station, "李奶奶", new OrderItem.Wish("想要一副老花镜"),
                "", Optional.of("李奶奶")));

        assertThat(order.requester()).isEqualTo("李奶奶");
        assertThat(order.placedBy()).isEqualTo(head.name());
        assertThat(order.placedOnBehalf()).isTrue();
        assertThat(service.mine(head, PageRequest.firstPage()).items()).isEmpty();
    }

    @Test
    void aResidentCannotPlaceForSomeoneElseNorAtAnotherBranch() {
        assertCode(() -> service.place(resident, new PlaceOrder(station, "x", aMenuItem(), "", Optional.of("x"))),
                "ACCESS-DENIED");
        assertCode(() -> service.place(resident, new PlaceOrder(tree.stationB().id(), "x", aMenuItem(), "",
                Optional.empty())), "ACCESS-DENIED");
    }

    @Test
    void staffOfAnotherBranchCannotReview() {
        ServiceOrder order = placed(aMenuItem());
        assertCode(() -> service.review(tree.adminOfInstituteB(), new ReviewOrder(order.id(), "", false)), "ACCESS-DENIED");
    }

    @Test
    void anOrderIsReadByThoseInvolvedAndTheHandlingStaffOnly() {
        // given an order offered to a volunteer
        ServiceOrder order = reviewed();
        service.offer(head, new OfferOrder(order.id(), Assignee.volunteer(volunteerId)));
        Actor neighbour = Actor.of("neighbour", new RoleGrant(Role.RESIDENT, station));
        Actor duty = Actor.of("duty", new RoleGrant(Role.DUTY_STAFF, station));

        // then the requester, the offered volunteer and the staff read it, from the handling unit upwards
        assertThat(service.find(resident, order.id()).id()).isEqualTo(order.id());
        assertThat(service.find(volunteer, order.id()).id()).isEqualTo(order.id());
        assertThat(service.find(head, order.id()).id()).isEqualTo(order.id());
        assertThat(service.find(tree.adminOfInstituteA(), order.id()).id()).isEqualTo(order.id());
        // and other residents, other volunteers, duty staff and other branches do not
        assertCode(() -> service.find(neighbour, order.id()), "ACCESS-DENIED");
        assertCode(() -> service.find(otherVolunteer, order.id()), "ACCESS-DENIED");
        assertCode(() -> service.find(duty, order.id()), "ACCESS-DENIED");
        assertCode(() -> service.find(tree.adminOfInstituteB(), order.id()), "ACCESS-DENIED");

        // when the volunteer accepts, they keep reading it
        service.accept(volunteer, order.id());
        assertThat(service.find(volunteer, order.id()).acceptedBy()).contains(volunteerId);
    }

    @Test
    @DisplayName("R-ORD-2 the station's staff keep reading an order escalated to the institute")
    void theStationsStaffFollowAnEscalatedOrder() {
        ServiceOrder order = reviewed();
        new OrderEscalation(orders, tree.units(), settings, events::add).escalateOverdue(T0.plus(Duration.ofHours(48)));

        assertThat(service.find(head, order.id()).handlingUnit()).isEqualTo(tree.instituteA().id());
        assertThat(service.find(tree.adminOfInstituteA(), order.id()).id()).isEqualTo(order.id());
        assertCode(() -> service.find(tree.adminOfInstituteB(), order.id()), "ACCESS-DENIED");
    }

    @Test
    void aHelperReadsTheOrderPlacedForAResidentAndTeamMembersReadTheirTeamsOffer() {
        Actor duty = Actor.of("duty", new RoleGrant(Role.DUTY_STAFF, station));
        ServiceOrder forGrandma = service.place(duty, new PlaceOrder(station, "李奶奶", aMenuItem(), "", Optional.of("李奶奶")));
        service.review(head, new ReviewOrder(forGrandma.id(), "", false));
        Team team = Team.form(new TeamId(UUID.randomUUID()), station, TeamKind.VOLUNTEER, "志愿者队伍", T0);
        team.admit(org.civility.core.fixtures.TeamFixtures.aMember(new VolunteerId(volunteerId)));
        teams.store(team);
        service.offer(head, new OfferOrder(forGrandma.id(), Assignee.team(team.id().value())));

        assertThat(service.find(duty, forGrandma.id()).placedBy()).isEqualTo("duty");
        assertThat(service.find(volunteer, forGrandma.id()).id()).isEqualTo(forGrandma.id());
        assertCode(() -> service.find(otherVolunteer, forGrandma.id()), "ACCESS-DENIED");
    }

    @Test
    void volunteersWhoMayGrabAnOpenOrderReadIt() {
        ServiceOrder order = reviewed();
        service.openForGrabs(head, order.id());

        assertThat(service.find(otherVolunteer, order.id()).status()).isEqualTo(OrderStatus.OPEN_FOR_GRABS);
        assertCode(() -> service.find(Actor.of("neighbour", new RoleGrant(Role.RESIDENT, station)), order.id()),
                "ACCESS-DENIED");
    }

    @Test
    void theRejectionReasonIsShownToTheRequesterAlone() {
        ServiceOrder order = placed(aMenuItem());
        ServiceOrder rejected = service.reject(head, new RejectOrder(order.id(), "本站暂无理发志愿者"));

        assertThat(rejected.rejectionReasonFor(resident.name())).contains("本站暂无理发志愿者");
        assertThat(rejected.rejectionReasonFor(volunteer.name())).isEmpty();
        assertThat(rejected.historyFor(volunteer.name()).getLast().note()).isEmpty();
        assertThat(rejected.historyFor(resident.name()).getLast().note()).isEqualTo("本站暂无理发志愿者");
    }

    @Test
    void anOfferedVolunteerMayDeclineAndTheOrderReturnsToReview() {
        ServiceOrder order = reviewed();
        service.offer(head, new OfferOrder(order.id(), Assignee.volunteer(volunteerId)));

        assertCode(() -> service.decline(otherVolunteer, new DeclineOrder(order.id(), "x")), "ORDER-NOT-VOLUNTEER");
        ServiceOrder declined = service.decline(volunteer, new DeclineOrder(order.id(), "那天要上班"));

        assertThat(declined.status()).isEqualTo(OrderStatus.REVIEWED);
        assertThat(declined.offeredTo()).isEmpty();
        assertThat(declined.history().getLast()).isEqualTo(
                new OrderStep(OrderAction.DECLINE, volunteer.name(), T0, "那天要上班"));
    }

    @Test
    @DisplayName("R-ORD-1 only the offered volunteer accepts an offer, and an order is accepted exactly once")
    void acceptsExactlyOnce() {
        ServiceOrder order = reviewed();
        service.offer(head, new OfferOrder(order.id(), Assignee.volunteer(volunteerId)));

        assertCode(() -> service.accept(otherVolunteer, order.id()), "ORDER-NOT-VOLUNTEER");
        assertCode(() -> service.accept(resident, order.id()), "ORDER-NOT-VOLUNTEER");
        ServiceOrder accepted = service.accept(volunteer, order.id());

        assertThat(accepted.acceptedBy()).contains(volunteerId);
        assertCode(() -> service.accept(volunteer, order.id()), "ORDER-ALREADY-ACCEPTED");
        assertCode(() -> service.accept(otherVolunteer, order.id()), "ORDER-ALREADY-ACCEPTED");
    }

    @Test
    @DisplayName("R-ORD-1 of two volunteers grabbing an open order with the same read, the second store is stale")
    void secondGrabOfTheSameReadIsStale() {
        ServiceOrder order = reviewed();
        service.openForGrabs(head, order.id());
        ServiceOrder first = orders.find(order.id()).orElseThrow();
        ServiceOrder second = orders.find(order.id()).orElseThrow();
        first.accept("a", UUID.randomUUID(), T0);
        second.accept("b", UUID.randomUUID(), T0);
        orders.store(first);

        assertCode(() -> orders.store(second), "STALE-VERSION");
        assertCode(() -> service.accept(volunteer, order.id()), "ORDER-ALREADY-ACCEPTED");
    }

    @Test
    @DisplayName("R-ORD-1 a concurrent acceptance that read the order before the other stored it is ORDER-ALREADY-ACCEPTED")
    void aConcurrentAcceptanceAnswersTheStableCode() {
        ServiceOrder order = reviewed();
        service.openForGrabs(head, order.id());
        ServiceOrder before = orders.find(order.id()).orElseThrow();
        ServiceOrderRepository racing = new ServiceOrderRepository() {
            public Optional<ServiceOrder> find(ServiceOrderId id) {
                return Optional.of(before);
            }
            public ServiceOrder store(ServiceOrder o) {
                return orders.store(o);
            }
            public Page<ServiceOrder> byUnit(UnitId unit, PageRequest page) {
                return orders.byUnit(unit, page);
            }
            public Page<ServiceOrder> showcased(UnitId unit, PageRequest page) {
                return orders.showcased(unit, page);
            }
            public Page<ServiceOrder> byRequester(String requester, PageRequest page) {
                return orders.byRequester(requester, page);
            }
            public Page<ServiceOrder> placedOnBehalfBy(String helper, PageRequest page) {
                return orders.placedOnBehalfBy(helper, page);
            }
            public List<ServiceOrder> recentFor(String recipient, OrderItem item, Instant since) {
                return orders.recentFor(recipient, item, since);
            }
            public java.util.Map<UnitId, Instant> oldestUnacceptedByUnit(Instant until) {
                return orders.oldestUnacceptedByUnit(until);
            }
            public Page<ServiceOrder> unacceptedAt(UnitId unit, Instant until, PageRequest page) {
                return orders.unacceptedAt(unit, until, page);
            }
            public Page<ServiceOrder> forVolunteer(UUID v, PageRequest page) {
                return orders.forVolunteer(v, page);
            }
            public Page<ServiceOrder> openForGrabs(UnitId unit, PageRequest page) {
                return orders.openForGrabs(unit, page);
            }
            public java.util.Map<OrderStatus, Integer> countPlacedByStatus(java.util.Collection<UnitId> units,
                                                                           Instant from, Instant to) {
                return orders.countPlacedByStatus(units, from, to);
            }
            public List<WaitingOrder> escalatedUnaccepted(java.util.Collection<UnitId> units) {
                return orders.escalatedUnaccepted(units);
            }
        };
        service.accept(otherVolunteer, order.id());
        OrderService late = new OrderService(racing, teams, volunteerRecords, tree.access(), settings, clock,
                IdSource.random(), e -> { });

        assertCode(() -> late.accept(volunteer, order.id()), "ORDER-ALREADY-ACCEPTED");
        assertThat(orders.find(order.id()).orElseThrow().acceptedBy()).contains(otherVolunteer.volunteerId().orElseThrow());
    }

    @Test
    @DisplayName("R-ORD-1 a team offer is accepted by a member of the team only")
    void aTeamOfferIsAcceptedByAMemberOnly() {
        Team team = Team.form(new TeamId(UUID.randomUUID()), station, TeamKind.VOLUNTEER, "志愿者队伍", T0);
        team.admit(org.civility.core.fixtures.TeamFixtures.aMember(new VolunteerId(volunteerId)));
        teams.store(team);
        ServiceOrder order = reviewed();
        service.offer(head, new OfferOrder(order.id(), Assignee.team(team.id().value())));

        assertCode(() -> service.accept(otherVolunteer, order.id()), "ORDER-NOT-TEAM-MEMBER");
        assertCode(() -> service.decline(otherVolunteer, new DeclineOrder(order.id(), "x")), "ORDER-NOT-TEAM-MEMBER");
        assertThat(service.accept(volunteer, order.id()).acceptedBy()).contains(volunteerId);
    }

    @Test
    void anOrderIsOfferedOnlyToVolunteersAndTeamsOfTheHandlingUnitsSubtree() {
        // given a volunteer and a team of the other branch
        VolunteerId elsewhere = volunteerRecords.store(aVolunteer().at(tree.stationB().id()).build()).id();
        Team otherTeam = teams.store(TeamFixtures.aTeam().at(tree.stationB().id()).build());
        ServiceOrder order = reviewed();

        // then the station's head offers to neither, even as the center's head
        assertCode(() -> service.offer(head, new OfferOrder(order.id(), Assignee.volunteer(elsewhere.value()))),
                "REFERENCE-OUTSIDE-SUBTREE");
        assertCode(() -> service.offer(tree.headOfCenter(), new OfferOrder(order.id(), Assignee.team(otherTeam.id().value()))),
                "REFERENCE-OUTSIDE-SUBTREE");
        assertThat(orders.find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.REVIEWED);
    }

    @Test
    void anOfferToAnUnknownVolunteerOrTeamIsRefused() {
        ServiceOrder order = reviewed();

        assertCode(() -> service.offer(head, new OfferOrder(order.id(), Assignee.team(UUID.randomUUID()))), "NOT-FOUND");
        assertCode(() -> service.offer(head, new OfferOrder(order.id(), Assignee.volunteer(UUID.randomUUID()))),
                "NOT-FOUND");
    }

    @Test
    void dutyStaffPlaceForAResidentWithoutAPhoneButDoNotReview() {
        Actor duty = Actor.of("duty", new RoleGrant(Role.DUTY_STAFF, station));
        ServiceOrder order = service.place(duty, new PlaceOrder(station, "李奶奶", aMenuItem(), "", Optional.of("李奶奶")));

        assertThat(order.placedBy()).isEqualTo("duty");
        assertThat(order.requester()).isEqualTo("李奶奶");
        assertCode(() -> service.review(duty, new ReviewOrder(order.id(), "", false)), "ACCESS-DENIED");
    }

    @Test
    void aHelperFollowsTheOrdersPlacedForResidentsButNotTheirOwn() {
        Actor duty = Actor.of("duty", new RoleGrant(Role.DUTY_STAFF, station));
        ServiceOrder forGrandma = service.place(duty, new PlaceOrder(station, "李奶奶", aMenuItem(), "", Optional.of("李奶奶")));
        ServiceOrder forGrandpa = service.place(duty, new PlaceOrder(station, "王大爷", new OrderItem.Wish("修收音机"), "",
                Optional.of("王大爷")));
        placed(aMenuItem());

        assertThat(service.placedForResidents(duty, PageRequest.firstPage()).items()).extracting(ServiceOrder::id)
                .containsExactlyInAnyOrder(forGrandma.id(), forGrandpa.id());
        assertThat(service.placedForResidents(resident, PageRequest.firstPage()).items()).isEmpty();
    }

    @Test
    void listsTheShowcasedOrdersOfAUnitForAnyoneWhoMayViewIt() {
        ServiceOrder order = completed();
        service.rate(resident, new RateOrder(order.id(), new Rating(5, "好")));
        service.consentToShowcase(volunteer, order.id());
        service.showcase(head, order.id());
        placed(new OrderItem.Wish("另一单"));

        assertThat(service.showcased(resident, station, PageRequest.firstPage()).items())
                .extracting(ServiceOrder::id).containsExactly(order.id());
        assertCode(() -> service.showcased(resident, tree.stationB().id(), PageRequest.firstPage()), "ACCESS-DENIED");
    }

    @Test
    @DisplayName("R-ORD-3 only the requester rates, once")
    void onlyTheRequesterRatesOnce() {
        ServiceOrder order = completed();
        Actor neighbour = Actor.of("neighbour", new RoleGrant(Role.RESIDENT, station));

        assertCode(() -> service.rate(neighbour, new RateOrder(order.id(), new Rating(1, "差"))), "R-ORD-3");
        assertCode(() -> service.rate(volunteer, new RateOrder(order.id(), new Rating(5, ""))), "R-ORD-3");
        service.rate(resident, new RateOrder(order.id(), new Rating(4, "不错")));

        assertCode(() -> service.rate(resident, new RateOrder(order.id(), new Rating(5, "改一下"))), "ORDER-ALREADY-RATED");
        assertThat(orders.find(order.id()).orElseThrow().rating()).contains(new Rating(4, "不错"));
    }

    @Test
    @DisplayName("R-ORD-3 the helper who placed an order for a resident without a phone rates it for them")
    void theHelperRatesForTheResidentWithoutAPhone() {
        ServiceOrder order = service.place(head, new PlaceOrder(station, "李奶奶", aMenuItem(), "", Optional.of("李奶奶")));
        service.review(head, new ReviewOrder(order.id(), "", false));
        service.openForGrabs(head, order.id());
        service.accept(volunteer, order.id());
        service.start(volunteer, order.id());
        service.complete(volunteer, new CompleteOrder(order.id(), "done"));

        assertThat(service.rate(head, new RateOrder(order.id(), new Rating(5, "奶奶很满意"))).status())
                .isEqualTo(OrderStatus.RATED);
    }

    @ParameterizedTest
    @ValueSource(ints = {1_998, 1_999, 2_000})
    @DisplayName("R-ORD-3 a comment of up to 2,000 characters is kept whole, and the history step stays in bounds")
    void aCommentOfTheLongestLengthIsKeptWhole(int length) {
        ServiceOrder order = completed();
        String comment = "好".repeat(length);

        ServiceOrder rated = service.rate(resident, new RateOrder(order.id(), new Rating(5, comment)));

        assertThat(rated.rating()).contains(new Rating(5, comment));
        assertThat(rated.history().getLast().note()).hasSizeLessThanOrEqualTo(ServiceOrder.MAX_TEXT).startsWith("5 ");
    }

    @Test
    void ratingIsOnlyForCompletedOrdersAndStarsLieBetweenOneAndFive() {
        ServiceOrder order = reviewed();
        assertCode(() -> service.rate(resident, new RateOrder(order.id(), new Rating(5, ""))), "ORDER-STATE");
        assertCode(() -> new Rating(6, ""), "ORDER-STARS-INVALID");
        assertCode(() -> new Rating(0, ""), "ORDER-STARS-INVALID");
    }

    @Test
    void onlyTheAcceptedVolunteerServesAndShowcasingNeedsTheirConsent() {
        ServiceOrder order = reviewed();
        service.openForGrabs(head, order.id());
        service.accept(volunteer, order.id());
        assertCode(() -> service.start(otherVolunteer, order.id()), "ORDER-NOT-VOLUNTEER");
        service.start(volunteer, order.id());
        service.complete(volunteer, new CompleteOrder(order.id(), "ok"));
        service.rate(resident, new RateOrder(order.id(), new Rating(5, "")));

        assertCode(() -> service.showcase(head, order.id()), "ORDER-NO-CONSENT");
        assertCode(() -> service.consentToShowcase(otherVolunteer, order.id()), "ORDER-NOT-VOLUNTEER");
        service.consentToShowcase(volunteer, order.id());
        assertThat(service.showcase(head, order.id()).status()).isEqualTo(OrderStatus.SHOWCASED);
    }

    @Test
    void theSameItemForTheSameRecipientWithinTheWindowIsFlaggedBeforeDispatch() {
        OrderItem bath = aMenuItem();
        ServiceOrder first = placed(bath);
        clock.set(T0.plus(Duration.ofDays(6)));
        ServiceOrder second = placed(bath);
        clock.set(T0.plus(Duration.ofDays(14)));
        ServiceOrder third = placed(bath);

        assertThat(first.duplicateOf()).isEmpty();
        assertThat(second.duplicateOf()).contains(first.id());
        assertThat(third.duplicateOf()).isEmpty();
        assertCode(() -> service.review(head, new ReviewOrder(second.id(), "", false)), "ORDER-DUPLICATE");
        assertCode(() -> service.openForGrabs(head, second.id()), "ORDER-STATE");
        assertThat(service.review(head, new ReviewOrder(second.id(), "家属确认需要两次", true)).duplicateConfirmed())
                .isTrue();
    }

    @Test
    void aWishPlacedAtAnotherStationIsNoDuplicateOfOneHere() {
        Actor residentOfB = Actor.of("resident-b", new RoleGrant(Role.RESIDENT, tree.stationB().id()));
        ServiceOrder there = service.place(residentOfB, new PlaceOrder(tree.stationB().id(), "王大爷",
                new OrderItem.Wish("修收音机"), "", Optional.empty()));

        ServiceOrder here = service.place(resident, new PlaceOrder(station, "王大爷", new OrderItem.Wish("修收音机"), "",
                Optional.empty()));

        assertThat(here.duplicateOf()).isEmpty();
        assertThat(service.review(head, new ReviewOrder(here.id(), "", false)).status()).isEqualTo(OrderStatus.REVIEWED);
        assertThat(there.id()).isNotEqualTo(here.id());
    }

    @Test
    void aRejectedOrderIsNoDuplicate() {
        OrderItem bath = aMenuItem();
        ServiceOrder first = placed(bath);
        service.reject(head, new RejectOrder(first.id(), "no"));

        assertThat(placed(bath).duplicateOf()).isEmpty();
    }

    @Test
    @DisplayName("R-ORD-2 an order not accepted in time escalates station -> institute -> center, then stays")
    void escalatesOverdueOrdersUpTheTree() {
        ServiceOrder order = reviewed();
        ServiceOrder accepted = reviewed();
        service.openForGrabs(head, accepted.id());
        service.accept(volunteer, accepted.id());
        OrderEscalation escalation = new OrderEscalation(orders, tree.units(), settings, events::add);

        assertThat(escalation.escalateOverdue(T0.plus(Duration.ofHours(47)))).isEmpty();
        assertThat(escalation.escalateOverdue(T0.plus(Duration.ofHours(48)))).extracting(ServiceOrder::id)
                .contains(order.id()).doesNotContain(accepted.id());
        assertThat(orders.find(order.id()).orElseThrow().handlingUnit()).isEqualTo(tree.instituteA().id());
        assertThat(escalation.escalateOverdue(T0.plus(Duration.ofHours(95)))).isEmpty();
        escalation.escalateOverdue(T0.plus(Duration.ofHours(96)));
        assertThat(orders.find(order.id()).orElseThrow().handlingUnit()).isEqualTo(tree.center().id());
        escalation.escalateOverdue(T0.plus(Duration.ofHours(200)));

        ServiceOrder atCenter = orders.find(order.id()).orElseThrow();
        assertThat(atCenter.handlingUnit()).isEqualTo(tree.center().id());
        assertThat(atCenter.history()).filteredOn(s -> s.action() == OrderAction.ESCALATE).hasSize(2)
                .first().satisfies(s -> assertThat(s.actor()).isEqualTo(OrderEscalation.ACTOR));
        assertThat(service.byUnit(tree.headOfCenter(), tree.center().id(), PageRequest.firstPage()).items())
                .extracting(ServiceOrder::id).contains(order.id());
    }

    @Test
    @DisplayName("R-ORD-2 a run loads orders only at the units where one is past the unit's time limit")
    void aRunLoadsOnlyTheOverdueUnitsOrders() {
        ServiceOrder overdue = reviewed();
        List<UnitId> loadedAt = new ArrayList<>();
        ServiceOrderRepository watched = (ServiceOrderRepository) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ServiceOrderRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("unacceptedAt")) {
                        loadedAt.add((UnitId) args[0]);
                    }
                    try {
                        return method.invoke(orders, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        OrderEscalation escalation = new OrderEscalation(watched, tree.units(), settings, events::add);

        assertThat(escalation.escalateOverdue(T0.plus(Duration.ofHours(47)))).isEmpty();
        assertThat(loadedAt).isEmpty();
        assertThat(escalation.escalateOverdue(T0.plus(Duration.ofHours(48)))).extracting(ServiceOrder::id)
                .containsExactly(overdue.id());
        assertThat(loadedAt).containsExactly(station);
    }

    @Test
    @DisplayName("R-ORD-2 a run in batches moves the longest-waiting orders first and the rest in the next batch")
    void aBatchMovesTheLongestWaitingFirst() {
        ServiceOrder first = reviewed();
        ServiceOrder second = reviewed();
        OrderEscalation escalation = new OrderEscalation(orders, tree.units(), settings, events::add);
        Instant due = T0.plus(Duration.ofHours(48));
        ServiceOrder longest = ServiceOrder.BY_WAITING_THEN_ID.compare(first, second) <= 0 ? first : second;

        assertThat(escalation.escalateOverdue(due, 1)).extracting(ServiceOrder::id).containsExactly(longest.id());
        assertThat(escalation.escalateOverdue(due, 1)).extracting(ServiceOrder::id).doesNotContain(longest.id())
                .hasSize(1);
        assertThat(escalation.escalateOverdue(due, 1)).isEmpty();
        assertThatThrownBy(() -> escalation.escalateOverdue(due, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("R-ORD-2 a unit's stricter time limit escalates sooner")
    void aStricterLimitEscalatesSooner() {
        PolicySettings strict = new PolicySettings() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T effective(SettingKey<T> key, UnitId unit) {
                return key.equals(OrderSettings.ACCEPT_WITHIN_HOURS) && unit.equals(station) ? (T) Integer.valueOf(4)
                        : settings.effective(key, unit);
            }
        };
        ServiceOrder order = reviewed();
        OrderEscalation escalation = new OrderEscalation(orders, tree.units(), strict, events::add);

        escalation.escalateOverdue(T0.plus(Duration.ofHours(4)));

        assertThat(orders.find(order.id()).orElseThrow().handlingUnit()).isEqualTo(tree.instituteA().id());
    }

    @Test
    void readsNeedViewAtTheUnit() {
        ServiceOrder order = placed(aMenuItem());
        Actor stranger = Actor.of("stranger", new RoleGrant(Role.RESIDENT, tree.stationB().id()));

        assertCode(() -> service.find(stranger, order.id()), "ACCESS-DENIED");
        assertThat(service.find(resident, order.id()).id()).isEqualTo(order.id());
        assertThat(service.mine(resident, PageRequest.firstPage()).items()).extracting(ServiceOrder::id)
                .containsExactly(order.id());
        assertCode(() -> service.find(resident, new ServiceOrderId(UUID.randomUUID())), "NOT-FOUND");
    }

    @Test
    void aUnitsQueueOfOrdersIsForItsStaff() {
        ServiceOrder order = placed(aMenuItem());

        assertThat(service.byUnit(head, station, PageRequest.firstPage()).items()).extracting(ServiceOrder::id)
                .containsExactly(order.id());
        assertCode(() -> service.byUnit(resident, station, PageRequest.firstPage()), "ACCESS-DENIED");
    }

    @Test
    @DisplayName("No forced dispatch: a volunteer sees what is offered to them and what they serve, and nobody else's")
    void aVolunteerListsTheOrdersOfferedToThemAndThoseTheyServe() {
        ServiceOrder offered = reviewed();
        service.offer(head, new OfferOrder(offered.id(), Assignee.volunteer(volunteerId)));
        ServiceOrder serving = reviewed();
        service.offer(head, new OfferOrder(serving.id(), Assignee.volunteer(volunteerId)));
        service.accept(volunteer, serving.id());
        ServiceOrder toSomeoneElse = reviewed();
        service.offer(head, new OfferOrder(toSomeoneElse.id(), Assignee.volunteer(otherVolunteer.volunteerId().orElseThrow())));

        assertThat(service.forMyVolunteer(volunteer, PageRequest.firstPage()).items()).extracting(ServiceOrder::id)
                .containsExactlyInAnyOrder(offered.id(), serving.id()); // placed at the same instant: order by id
        assertThat(service.forMyVolunteer(otherVolunteer, PageRequest.firstPage()).items()).extracting(ServiceOrder::id)
                .containsExactly(toSomeoneElse.id());
        assertThat(service.forMyVolunteer(resident, PageRequest.firstPage()).items()).isEmpty();
    }

    @Test
    void volunteersWhoMaySignUpAtAUnitSeeItsOrdersOpenForGrabs() {
        ServiceOrder open = reviewed();
        service.openForGrabs(head, open.id());
        reviewed();

        assertThat(service.openForGrabsAt(volunteer, station, PageRequest.firstPage()).items())
                .extracting(ServiceOrder::id).containsExactly(open.id());
        assertThat(service.openForGrabsAt(resident, station, PageRequest.firstPage()).items()).isEmpty();
        assertCode(() -> service.openForGrabsAt(volunteer, tree.stationB().id(), PageRequest.firstPage()),
                "ACCESS-DENIED");
    }

    @Test
    void aStepTakenAtAVersionTheOrderNoLongerHasChangesNothingAndSaysStaleVersion() {
        // given: the head read the order, then someone reviewed it
        ServiceOrder read = placed(aMenuItem());
        ServiceOrder reviewed = service.review(head, new ReviewOrder(read.id(), "ok", false, read.version()));

        // then
        assertCode(() -> service.reject(head, new RejectOrder(read.id(), "重复", read.version())), "STALE-VERSION");
        assertCode(() -> service.openForGrabs(head, read.id(), read.version()), "STALE-VERSION");
        assertCode(() -> service.offer(head, new OfferOrder(read.id(), Assignee.volunteer(volunteerId),
                read.version())), "STALE-VERSION");
        assertThat(orders.find(read.id()).orElseThrow().version()).isEqualTo(reviewed.version());
        assertThat(service.openForGrabs(head, read.id(), reviewed.version()).status())
                .isEqualTo(OrderStatus.OPEN_FOR_GRABS);
    }

    @Test
    void theVolunteersStepsCheckTheVersionTheyRead() {
        // given
        ServiceOrder order = reviewed();
        service.offer(head, new OfferOrder(order.id(), Assignee.volunteer(volunteerId)));
        ServiceOrder accepted = service.accept(volunteer, order.id());

        // then
        assertCode(() -> service.start(volunteer, order.id(), accepted.version() - 1), "STALE-VERSION");
        ServiceOrder started = service.start(volunteer, order.id(), accepted.version());
        assertCode(() -> service.complete(volunteer, new CompleteOrder(order.id(), "理发完成", accepted.version())),
                "STALE-VERSION");
        assertThat(service.complete(volunteer, new CompleteOrder(order.id(), "理发完成", started.version())).status())
                .isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void aStaleVersionIsToldOnlyToThoseWhoMayTakeTheStep() {
        // given: read when placed, then reviewed and offered to one volunteer
        ServiceOrder read = placed(aMenuItem());
        service.review(head, new ReviewOrder(read.id(), "ok", false));
        service.offer(head, new OfferOrder(read.id(), Assignee.volunteer(volunteerId)));

        // then: the version is checked after the access check
        assertCode(() -> service.openForGrabs(resident, read.id(), read.version()), "ACCESS-DENIED");
        assertCode(() -> service.decline(otherVolunteer, new DeclineOrder(read.id(), "没空", read.version())),
                "ORDER-NOT-VOLUNTEER");
        assertCode(() -> service.decline(volunteer, new DeclineOrder(read.id(), "没空", read.version())),
                "STALE-VERSION");
    }
}
