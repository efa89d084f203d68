package org.civility.core.contract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.civility.core.order.Assignee;
import org.civility.core.order.MenuItemId;
import org.civility.core.order.OrderAction;
import org.civility.core.order.OrderItem;
import org.civility.core.order.OrderStatus;
import org.civility.core.order.OrderStep;
import org.civility.core.order.Rating;
import org.civility.core.order.ServiceOrder;
import org.civility.core.order.ServiceOrderId;
import org.civility.core.order.ServiceOrderRepository;
import org.civility.core.order.WaitingOrder;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link ServiceOrderRepository} must do; each test works under a unit and names of its own. */
public abstract class ServiceOrderRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-03-05T01:00:00Z");

    protected abstract ServiceOrderRepository repository();

    /** A fresh unit; override to create the unit's row first. */
    protected UnitId aUnit() {
        return new UnitId(UUID.randomUUID());
    }

    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ServiceOrder order(UnitId unit, String requester, String recipient, OrderItem item, Instant at) {
        return ServiceOrder.place(new ServiceOrderId(UUID.randomUUID()), unit, requester, requester, recipient, item,
                "", at, Optional.empty());
    }

    @Test
    void storesAndFindsEveryFieldThroughTheWholeLifecycle() {
        UnitId unit = aUnit();
        UnitId parent = aUnit();
        ServiceOrderId earlier = new ServiceOrderId(UUID.randomUUID());
        MenuItemId menu = new MenuItemId(UUID.randomUUID());
        UUID volunteer = UUID.randomUUID();
        UUID otherVolunteer = UUID.randomUUID();
        ServiceOrder placed = ServiceOrder.place(new ServiceOrderId(UUID.randomUUID()), unit, "李奶奶", "station-helper",
                "李奶奶", new OrderItem.FromMenu(menu), "上门理发", T0, Optional.of(earlier));

        ServiceOrder stored = repository().store(placed);
        assertThat(stored.version()).isEqualTo(1);
        ServiceOrder found = repository().find(placed.id()).orElseThrow();
        assertThat(found.unit()).isEqualTo(unit);
        assertThat(found.handlingUnit()).isEqualTo(unit);
        assertThat(found.requester()).isEqualTo("李奶奶");
        assertThat(found.placedBy()).isEqualTo("station-helper");
        assertThat(found.placedOnBehalf()).isTrue();
        assertThat(found.recipient()).isEqualTo("李奶奶");
        assertThat(found.item()).isEqualTo(new OrderItem.FromMenu(menu));
        assertThat(found.description()).isEqualTo("上门理发");
        assertThat(found.placedAt()).isEqualTo(T0);
        assertThat(found.waitingSince()).isEqualTo(T0);
        assertThat(found.status()).isEqualTo(OrderStatus.PLACED);
        assertThat(found.duplicateOf()).contains(earlier);
        assertThat(found.duplicateConfirmed()).isFalse();
        assertThat(found.offeredTo()).isEmpty();
        assertThat(found.acceptedBy()).isEmpty();
        assertThat(found.history()).containsExactly(new OrderStep(OrderAction.PLACE, "station-helper", T0, "for 李奶奶"));
        assertThat(found.version()).isEqualTo(1);

        found.escalateTo(parent, "system", T0.plusSeconds(10));
        found.review("head", T0.plusSeconds(20), "确认不是重复", true);
        found.offer("head", T0.plusSeconds(30), Assignee.volunteer(otherVolunteer));
        found = repository().store(found);
        assertThat(found.version()).isEqualTo(2);
        found = repository().find(placed.id()).orElseThrow();
        assertThat(found.handlingUnit()).isEqualTo(parent);
        assertThat(found.waitingSince()).isEqualTo(T0.plusSeconds(10));
        assertThat(found.duplicateConfirmed()).isTrue();
        assertThat(found.status()).isEqualTo(OrderStatus.OFFERED);
        assertThat(found.offeredTo()).contains(Assignee.volunteer(otherVolunteer));

        found.decline("other", T0.plusSeconds(40), "不在家");
        found.offer("head", T0.plusSeconds(50), Assignee.team(UUID.randomUUID()));
        found.accept("vol", volunteer, T0.plusSeconds(60));
        found.start("vol", T0.plusSeconds(70));
        found.complete("vol", T0.plusSeconds(80), "理发完成");
        found.consentToShowcase("vol", T0.plusSeconds(85));
        found.rate("李奶奶", T0.plusSeconds(90), new Rating(5, "很好"));
        found.showcase("head", T0.plusSeconds(100));
        assertThat(repository().store(found).version()).isEqualTo(3);

        ServiceOrder done = repository().find(placed.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(OrderStatus.SHOWCASED);
        assertThat(done.acceptedBy()).contains(volunteer);
        assertThat(done.offeredTo()).isEmpty();
        assertThat(done.report()).contains("理发完成");
        assertThat(done.rating()).contains(new Rating(5, "很好"));
        assertThat(done.showcaseConsent()).isTrue();
        assertThat(done.rejectionReason()).isEmpty();
        assertThat(done.history()).isEqualTo(found.history());
        assertThat(done.history()).extracting(OrderStep::action).containsExactly(OrderAction.PLACE, OrderAction.ESCALATE,
                OrderAction.REVIEW, OrderAction.OFFER, OrderAction.DECLINE, OrderAction.OFFER, OrderAction.ACCEPT,
                OrderAction.START, OrderAction.COMPLETE, OrderAction.CONSENT_TO_SHOWCASE, OrderAction.RATE,
                OrderAction.SHOWCASE);
        assertThat(done.version()).isEqualTo(3);
    }

    @Test
    void storesAWishAndARejection() {
        UnitId unit = aUnit();
        ServiceOrder order = order(unit, fresh("r"), "张三", new OrderItem.Wish("想学用智能手机"), T0);
        order.reject("head", T0.plusSeconds(5), "本站暂无此服务");
        repository().store(order);

        ServiceOrder found = repository().find(order.id()).orElseThrow();
        assertThat(found.item()).isEqualTo(new OrderItem.Wish("想学用智能手机"));
        assertThat(found.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(found.rejectionReason()).contains("本站暂无此服务");
        assertThat(found.description()).isEmpty();
        assertThat(found.duplicateOf()).isEmpty();
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(repository().find(new ServiceOrderId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void rejectsAStaleVersion() {
        ServiceOrder order = order(aUnit(), fresh("r"), "张三", new OrderItem.Wish("x"), T0);
        repository().store(order);
        ServiceOrder first = repository().find(order.id()).orElseThrow();
        ServiceOrder second = repository().find(order.id()).orElseThrow();
        first.reject("head", T0.plusSeconds(1), "no");
        repository().store(first);
        second.reject("head", T0.plusSeconds(2), "no");

        assertThatThrownBy(() -> repository().store(second)).isInstanceOfSatisfying(CivilityException.class,
                e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
        assertThatThrownBy(() -> repository().store(order)).isInstanceOfSatisfying(CivilityException.class,
                e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
    }

    @Test
    void pagesTheOrdersOfAHandlingUnitByPlacementTime() {
        UnitId unit = aUnit();
        ServiceOrder c = repository().store(order(unit, fresh("r"), "a", new OrderItem.Wish("x"), T0.plusSeconds(30)));
        ServiceOrder a = repository().store(order(unit, fresh("r"), "a", new OrderItem.Wish("x"), T0));
        ServiceOrder b = repository().store(order(unit, fresh("r"), "a", new OrderItem.Wish("x"), T0.plusSeconds(10)));
        repository().store(order(aUnit(), fresh("r"), "a", new OrderItem.Wish("x"), T0));

        Page<ServiceOrder> first = repository().byUnit(unit, new PageRequest(0, 2));
        Page<ServiceOrder> second = repository().byUnit(unit, new PageRequest(2, 2));

        assertThat(first.items()).extracting(ServiceOrder::id).containsExactly(a.id(), b.id());
        assertThat(first.hasMore()).isTrue();
        assertThat(second.items()).extracting(ServiceOrder::id).containsExactly(c.id());
        assertThat(second.hasMore()).isFalse();
    }

    @Test
    void pagesTheShowcasedOrdersOfAUnitNewestFirst() {
        UnitId unit = aUnit();
        ServiceOrder older = repository().store(showcased(order(unit, fresh("r"), "a", new OrderItem.Wish("x"), T0)));
        ServiceOrder newer = repository().store(showcased(order(unit, fresh("r"), "a", new OrderItem.Wish("x"),
                T0.plusSeconds(60))));
        repository().store(order(unit, fresh("r"), "a", new OrderItem.Wish("x"), T0.plusSeconds(30)));
        repository().store(showcased(order(aUnit(), fresh("r"), "a", new OrderItem.Wish("x"), T0)));

        Page<ServiceOrder> first = repository().showcased(unit, new PageRequest(0, 1));
        Page<ServiceOrder> all = repository().showcased(unit, new PageRequest(0, 10));

        assertThat(first.items()).extracting(ServiceOrder::id).containsExactly(newer.id());
        assertThat(first.hasMore()).isTrue();
        assertThat(all.items()).extracting(ServiceOrder::id).containsExactly(newer.id(), older.id());
        assertThat(all.items()).allSatisfy(o -> assertThat(o.status()).isEqualTo(OrderStatus.SHOWCASED));
    }

    private static ServiceOrder showcased(ServiceOrder order) {
        Instant at = order.placedAt();
        order.review("head", at.plusSeconds(1), "", false);
        order.openForGrabs("head", at.plusSeconds(2));
        order.accept("vol", UUID.randomUUID(), at.plusSeconds(3));
        order.start("vol", at.plusSeconds(4));
        order.complete("vol", at.plusSeconds(5), "done");
        order.rate(order.requester(), at.plusSeconds(6), new Rating(5, ""));
        order.consentToShowcase("vol", at.plusSeconds(7));
        order.showcase("head", at.plusSeconds(8));
        return order;
    }

    @Test
    void pagesTheOrdersOfARequester() {
        String requester = fresh("resident");
        ServiceOrder b = repository().store(order(aUnit(), requester, "a", new OrderItem.Wish("x"), T0.plusSeconds(10)));
        ServiceOrder a = repository().store(order(aUnit(), requester, "a", new OrderItem.Wish("x"), T0));
        repository().store(order(aUnit(), fresh("resident"), "a", new OrderItem.Wish("x"), T0));

        Page<ServiceOrder> first = repository().byRequester(requester, new PageRequest(0, 1));
        Page<ServiceOrder> all = repository().byRequester(requester, new PageRequest(0, 10));

        assertThat(first.items()).extracting(ServiceOrder::id).containsExactly(a.id());
        assertThat(first.hasMore()).isTrue();
        assertThat(all.items()).extracting(ServiceOrder::id).containsExactly(a.id(), b.id());
        assertThat(all.hasMore()).isFalse();
    }

    @Test
    void pagesTheOrdersAHelperPlacedForResidentsWithoutTheHelpersOwn() {
        String helper = fresh("duty");
        ServiceOrder later = repository().store(ServiceOrder.place(new ServiceOrderId(UUID.randomUUID()), aUnit(),
                fresh("王大爷"), helper, "王大爷", new OrderItem.Wish("x"), "", T0.plusSeconds(10), Optional.empty()));
        ServiceOrder first = repository().store(ServiceOrder.place(new ServiceOrderId(UUID.randomUUID()), aUnit(),
                fresh("李奶奶"), helper, "李奶奶", new OrderItem.Wish("x"), "", T0, Optional.empty()));
        repository().store(order(aUnit(), helper, "a", new OrderItem.Wish("x"), T0));
        repository().store(ServiceOrder.place(new ServiceOrderId(UUID.randomUUID()), aUnit(), fresh("赵大爷"),
                fresh("duty"), "赵大爷", new OrderItem.Wish("x"), "", T0, Optional.empty()));

        Page<ServiceOrder> one = repository().placedOnBehalfBy(helper, new PageRequest(0, 1));
        Page<ServiceOrder> all = repository().placedOnBehalfBy(helper, new PageRequest(0, 10));

        assertThat(one.items()).extracting(ServiceOrder::id).containsExactly(first.id());
        assertThat(one.hasMore()).isTrue();
        assertThat(all.items()).extracting(ServiceOrder::id).containsExactly(first.id(), later.id());
        assertThat(all.hasMore()).isFalse();
    }

    @Test
    void findsRecentOrdersOfTheSameItemForTheSameRecipient() {
        String recipient = fresh("老人");
        OrderItem menu = new OrderItem.FromMenu(new MenuItemId(UUID.randomUUID()));
        OrderItem wish = new OrderItem.Wish(fresh("wish"));
        repository().store(order(aUnit(), "r", recipient, menu, T0.minusSeconds(86_400 * 8)));
        ServiceOrder recent = repository().store(order(aUnit(), "r", recipient, menu, T0.minusSeconds(86_400)));
        ServiceOrder atSince = repository().store(order(aUnit(), "r", recipient, menu, T0.minusSeconds(86_400 * 7)));
        ServiceOrder wished = repository().store(order(aUnit(), "r", recipient, wish, T0));
        repository().store(order(aUnit(), "r", fresh("老人"), menu, T0));
        repository().store(order(aUnit(), "r", recipient, new OrderItem.Wish(fresh("wish")), T0));

        assertThat(repository().recentFor(recipient, menu, T0.minusSeconds(86_400 * 7)))
                .extracting(ServiceOrder::id).containsExactly(atSince.id(), recent.id());
        assertThat(repository().recentFor(recipient, wish, T0.minusSeconds(60)))
                .extracting(ServiceOrder::id).containsExactly(wished.id());
    }

    @Test
    void pagesTheUnacceptedOrdersOfAUnitWaitingSinceATimeOrEarlier() {
        UnitId unit = aUnit();
        UnitId elsewhere = aUnit();
        Instant old = Instant.parse("2001-01-01T00:00:00Z");
        ServiceOrder placed = repository().store(order(unit, "r", "a", new OrderItem.Wish("x"), old));
        ServiceOrder open = order(unit, "r", "a", new OrderItem.Wish("x"), old.plusSeconds(5));
        open.review("head", old.plusSeconds(6), "", false);
        open.openForGrabs("head", old.plusSeconds(7));
        open = repository().store(open);
        ServiceOrder accepted = order(unit, "r", "a", new OrderItem.Wish("x"), old);
        accepted.review("head", old, "", false);
        accepted.openForGrabs("head", old);
        accepted.accept("v", UUID.randomUUID(), old);
        repository().store(accepted);
        ServiceOrder rejected = order(unit, "r", "a", new OrderItem.Wish("x"), old);
        rejected.reject("head", old, "no");
        repository().store(rejected);
        ServiceOrder late = repository().store(order(unit, "r", "a", new OrderItem.Wish("x"), old.plusSeconds(3600)));
        ServiceOrder other = repository().store(order(elsewhere, "r", "a", new OrderItem.Wish("x"), old));

        List<ServiceOrder> found = new ArrayList<>();
        PageRequest request = new PageRequest(0, 2);
        Page<ServiceOrder> page;
        do {
            page = repository().unacceptedAt(unit, old.plusSeconds(3599), request);
            found.addAll(page.items());
            request = new PageRequest(request.offset() + 2, 2);
        } while (page.hasMore());

        assertThat(found).extracting(ServiceOrder::id).containsSubsequence(placed.id(), open.id())
                .doesNotContain(accepted.id(), rejected.id(), late.id(), other.id());
        assertThat(found).allSatisfy(o -> assertThat(o.status().unaccepted()).isTrue());
    }

    @Test
    void tellsEachUnitSinceWhenItsLongestWaitingUnacceptedOrderWaits() {
        UnitId unit = aUnit();
        UnitId lateUnit = aUnit();
        UnitId doneUnit = aUnit();
        Instant old = Instant.parse("2001-01-01T00:00:00Z");
        repository().store(order(unit, "r", "a", new OrderItem.Wish("x"), old.plusSeconds(10)));
        repository().store(order(unit, "r", "a", new OrderItem.Wish("x"), old));
        repository().store(order(lateUnit, "r", "a", new OrderItem.Wish("x"), old.plusSeconds(3600)));
        ServiceOrder accepted = order(doneUnit, "r", "a", new OrderItem.Wish("x"), old);
        accepted.review("head", old, "", false);
        accepted.openForGrabs("head", old);
        accepted.accept("v", UUID.randomUUID(), old);
        repository().store(accepted);

        Map<UnitId, Instant> oldest = repository().oldestUnacceptedByUnit(old.plusSeconds(3599));

        assertThat(oldest).containsEntry(unit, old).doesNotContainKeys(lateUnit, doneUnit);
        assertThat(repository().oldestUnacceptedByUnit(old.plusSeconds(3600))).containsEntry(lateUnit,
                old.plusSeconds(3600));
        assertThat(repository().oldestUnacceptedByUnit(old.minusSeconds(1))).doesNotContainKeys(unit, lateUnit);
    }

    @Test
    void listsWhatAVolunteerHasToAnswerOrServeOldestFirst() {
        UnitId unit = aUnit();
        UUID me = UUID.randomUUID();
        UUID someoneElse = UUID.randomUUID();
        ServiceOrder offeredToMe = reviewed(unit, T0.plusSeconds(1));
        offeredToMe.offer("head", T0.plusSeconds(2), Assignee.volunteer(me));
        offeredToMe = repository().store(offeredToMe);
        ServiceOrder offeredToOther = reviewed(unit, T0);
        offeredToOther.offer("head", T0.plusSeconds(2), Assignee.volunteer(someoneElse));
        repository().store(offeredToOther);
        ServiceOrder offeredToATeam = reviewed(unit, T0);
        offeredToATeam.offer("head", T0.plusSeconds(2), Assignee.team(me));
        repository().store(offeredToATeam);
        ServiceOrder inService = reviewed(unit, T0);
        inService.openForGrabs("head", T0.plusSeconds(1));
        inService.accept("me", me, T0.plusSeconds(2));
        inService.start("me", T0.plusSeconds(3));
        inService = repository().store(inService);
        ServiceOrder accepted = reviewed(unit, T0.plusSeconds(5));
        accepted.offer("head", T0.plusSeconds(6), Assignee.volunteer(me));
        accepted.accept("me", me, T0.plusSeconds(7));
        accepted = repository().store(accepted);
        ServiceOrder completed = reviewed(unit, T0);
        completed.offer("head", T0.plusSeconds(6), Assignee.volunteer(me));
        completed.accept("me", me, T0.plusSeconds(7));
        completed.start("me", T0.plusSeconds(8));
        completed.complete("me", T0.plusSeconds(9), "done");
        repository().store(completed);
        ServiceOrder declined = reviewed(unit, T0);
        declined.offer("head", T0.plusSeconds(2), Assignee.volunteer(me));
        declined.decline("me", T0.plusSeconds(3), "busy");
        repository().store(declined);

        Page<ServiceOrder> first = repository().forVolunteer(me, new PageRequest(0, 2));
        Page<ServiceOrder> second = repository().forVolunteer(me, new PageRequest(2, 2));

        assertThat(first.items()).extracting(ServiceOrder::id).containsExactly(inService.id(), offeredToMe.id());
        assertThat(first.hasMore()).isTrue();
        assertThat(second.items()).extracting(ServiceOrder::id).containsExactly(accepted.id());
        assertThat(second.hasMore()).isFalse();
        assertThat(repository().forVolunteer(UUID.randomUUID(), PageRequest.firstPage()).items()).isEmpty();
    }

    @Test
    void listsTheOrdersOpenForGrabsPlacedAtAUnitOldestFirst() {
        UnitId unit = aUnit();
        ServiceOrder later = reviewed(unit, T0.plusSeconds(10));
        later.openForGrabs("head", T0.plusSeconds(11));
        later = repository().store(later);
        ServiceOrder earlier = reviewed(unit, T0);
        earlier.openForGrabs("head", T0.plusSeconds(11));
        earlier = repository().store(earlier);
        ServiceOrder grabbed = reviewed(unit, T0);
        grabbed.openForGrabs("head", T0.plusSeconds(1));
        grabbed.accept("v", UUID.randomUUID(), T0.plusSeconds(2));
        repository().store(grabbed);
        repository().store(reviewed(unit, T0));
        ServiceOrder elsewhere = reviewed(aUnit(), T0);
        elsewhere.openForGrabs("head", T0.plusSeconds(1));
        repository().store(elsewhere);

        assertThat(repository().openForGrabs(unit, PageRequest.firstPage()).items()).extracting(ServiceOrder::id)
                .containsExactly(earlier.id(), later.id());
    }

    private static ServiceOrder reviewed(UnitId unit, Instant at) {
        ServiceOrder order = order(unit, "r", "a", new OrderItem.Wish("x"), at);
        order.review("head", at, "", false);
        return order;
    }

    @Test
    void countsTheOrdersPlacedAtTheUnitsInThePeriodByStatus() {
        // given
        UnitId unit = aUnit();
        UnitId other = aUnit();
        repository().store(order(unit, "r", "a", new OrderItem.Wish("x"), T0));
        repository().store(reviewed(unit, T0.plusSeconds(60)));
        repository().store(reviewed(other, T0.plusSeconds(120)));
        repository().store(order(unit, "r", "a", new OrderItem.Wish("x"), T0.minusSeconds(1)));
        repository().store(order(unit, "r", "a", new OrderItem.Wish("x"), T0.plusSeconds(3600)));
        repository().store(order(aUnit(), "r", "a", new OrderItem.Wish("x"), T0));

        // when
        Map<OrderStatus, Integer> counts = repository().countPlacedByStatus(List.of(unit, other), T0,
                T0.plusSeconds(3600));

        // then
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(OrderStatus.PLACED, 1, OrderStatus.REVIEWED, 2));
        assertThat(repository().countPlacedByStatus(List.of(), T0, T0.plusSeconds(3600))).isEmpty();
    }

    @Test
    void listsTheUnacceptedOrdersEscalatedAboveTheUnitsLongestWaitingFirstR_ORD_2() {
        // given
        UnitId station = aUnit();
        UnitId institute = aUnit();
        ServiceOrder waitingLonger = order(station, "r", "a", new OrderItem.Wish("x"), T0);
        waitingLonger.escalateTo(institute, "system", T0.plusSeconds(10));
        repository().store(waitingLonger);
        ServiceOrder escalatedLater = order(station, "r", "a", new OrderItem.Wish("x"), T0.minusSeconds(60));
        escalatedLater.escalateTo(institute, "system", T0.plusSeconds(20));
        repository().store(escalatedLater);
        ServiceOrder acceptedAbove = reviewed(station, T0);
        acceptedAbove.escalateTo(institute, "system", T0.plusSeconds(5));
        acceptedAbove.openForGrabs("head", T0.plusSeconds(30));
        acceptedAbove.accept("v", UUID.randomUUID(), T0.plusSeconds(40));
        repository().store(acceptedAbove);
        repository().store(order(station, "r", "a", new OrderItem.Wish("x"), T0));
        ServiceOrder placedAbove = order(institute, "r", "a", new OrderItem.Wish("x"), T0);
        placedAbove.escalateTo(aUnit(), "system", T0.plusSeconds(1));
        repository().store(placedAbove);

        // when
        List<WaitingOrder> escalated = repository().escalatedUnaccepted(List.of(station));

        // then
        assertThat(escalated).containsExactly(
                new WaitingOrder(waitingLonger.id(), station, institute, OrderStatus.PLACED, T0, T0.plusSeconds(10)),
                new WaitingOrder(escalatedLater.id(), station, institute, OrderStatus.PLACED, T0.minusSeconds(60),
                        T0.plusSeconds(20)));
        assertThat(repository().escalatedUnaccepted(List.of())).isEmpty();
    }
}
