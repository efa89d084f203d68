package org.civility.core.order;

import org.civility.core.fixtures.RecordFixtures;
import org.civility.core.memory.InMemoryChainHeadRepository;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.fixtures.OrganisationFixtures;
import org.civility.core.fixtures.SettableClock;
import org.civility.core.governance.PolicySettings;
import org.civility.core.memory.InMemoryMenuItemRepository;
import org.civility.core.memory.InMemoryServiceOrderRepository;
import org.civility.core.memory.InMemoryServiceRecordRepository;
import org.civility.core.memory.InMemoryTeamRepository;
import org.civility.core.memory.InMemoryVolunteerRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.record.RecordSource;
import org.civility.core.record.ServiceRecord;
import org.civility.core.record.ServiceRecordService;
import org.civility.core.shared.CivilityException;
import org.civility.core.spi.IdSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.OrderFixtures.T0;

class OrderRecordsTest {

    private final OrganisationFixtures.Tree tree = OrganisationFixtures.aTree();
    private final UnitId station = tree.stationA().id();
    private final SettableClock clock = new SettableClock(T0);
    private final InMemoryMenuItemRepository menu = new InMemoryMenuItemRepository();
    private final InMemoryServiceRecordRepository records = new InMemoryServiceRecordRepository();
    private final InMemoryServiceOrderRepository orderRepository = new InMemoryServiceOrderRepository();
    private final InMemoryVolunteerRepository volunteers = new InMemoryVolunteerRepository();
    private final OrderService orders = new OrderService(orderRepository, new InMemoryTeamRepository(), volunteers,
            tree.access(), PolicySettings.defaults(), clock, IdSource.random(), e -> { });
    private final OrderRecords recording = new OrderRecords(new ServiceRecordService(records, new InMemoryChainHeadRepository(), RecordFixtures.SEAL, volunteers, tree.access(),
            clock, IdSource.random(), e -> { }), records, menu);
    private final MenuService menus = new MenuService(menu, tree.access(), IdSource.random());

    private final Actor head = tree.headOfStationA();
    private final Actor resident = tree.residentOfStationA();
    private final UUID volunteerId = UUID.randomUUID();
    private final Actor volunteer = Actor.of("vol-li", new RoleGrant(Role.VOLUNTEER, station)).asVolunteer(volunteerId);

    private ServiceOrder accepted(OrderItem item) {
        ServiceOrder order = orders.place(resident, new PlaceOrder(station, "王大爷", item, "", Optional.empty()));
        orders.review(head, new ReviewOrder(order.id(), "", false));
        orders.openForGrabs(head, order.id());
        return orders.accept(volunteer, order.id());
    }

    @Test
    void aServedOrderBecomesAServiceRecordOfItsHandlingUnitWithTheMinutesServed() {
        MenuItem haircut = menus.list(head, new ListMenuItem(station, "理发", ""));
        ServiceOrder order = accepted(new OrderItem.FromMenu(haircut.id()));

        ServiceRecord session = recording.started(volunteer, orders.start(volunteer, order.id()));
        assertThat(session.isOpen()).isTrue();
        assertThat(session.unit()).isEqualTo(station);
        assertThat(session.activity()).contains(order.id().value());
        assertThat(session.description()).isEqualTo("理发");
        assertThat(session.volunteer().value()).isEqualTo(volunteerId);
        assertThat(recording.of(orders.find(head, order.id()))).map(ServiceRecord::id).contains(session.id());

        clock.set(clock.instant().plus(Duration.ofMinutes(75)));
        ServiceRecord closed = recording.completed(volunteer,
                orders.complete(volunteer, new CompleteOrder(order.id(), "理发完成"))).orElseThrow();

        assertThat(closed.minutes()).isEqualTo(75);
        assertThat(closed.corrects()).contains(session.id());
        assertThat(closed.source()).isEqualTo(RecordSource.SELF_CHECK_IN);
        assertThat(recording.of(orders.find(head, order.id()))).map(ServiceRecord::id).contains(closed.id());
    }

    @Test
    void anEscalatedOrderIsRecordedAtTheInstituteThatHandlesIt() {
        ServiceOrder placed = orders.place(resident, new PlaceOrder(station, "王大爷", new OrderItem.Wish("修收音机"), "",
                Optional.empty()));
        clock.set(clock.instant().plus(Duration.ofHours(49)));
        new OrderEscalation(orderRepository, tree.units(), PolicySettings.defaults(), e -> { }).escalateOverdue(clock);
        Actor instituteAdmin = tree.adminOfInstituteA();
        orders.review(instituteAdmin, new ReviewOrder(placed.id(), "", false));
        orders.openForGrabs(instituteAdmin, placed.id());
        orders.accept(volunteer, placed.id());

        ServiceRecord session = recording.started(volunteer, orders.start(volunteer, placed.id()));

        assertThat(session.unit()).isEqualTo(tree.instituteA().id());
        assertThat(session.description()).isEqualTo("修收音机");
    }

    @Test
    @org.junit.jupiter.api.DisplayName("R-REC-1 a volunteer checked in elsewhere cannot start an order")
    void aVolunteerCheckedInElsewhereCannotStart() {
        ServiceOrder first = accepted(new OrderItem.Wish("代购米面"));
        ServiceOrder second = accepted(new OrderItem.Wish("陪诊"));
        recording.started(volunteer, orders.start(volunteer, first.id()));

        ServiceOrder started = orders.start(volunteer, second.id());
        assertThatThrownBy(() -> recording.started(volunteer, started)).isInstanceOfSatisfying(CivilityException.class,
                e -> assertThat(e.code()).isEqualTo("R-REC-1"));
    }
}
