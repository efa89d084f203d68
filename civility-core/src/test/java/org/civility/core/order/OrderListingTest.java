package org.civility.core.order;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.civility.core.memory.InMemoryMenuItemRepository;
import org.civility.core.memory.InMemoryServiceRecordRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.record.ServiceRecord;
import org.civility.core.shared.Page;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civility.core.fixtures.RecordFixtures.anEntry;

class OrderListingTest {

    private static final Instant T0 = Instant.parse("2026-11-02T01:00:00Z");

    private final UnitId station = new UnitId(UUID.randomUUID());
    private final InMemoryMenuItemRepository menu = new InMemoryMenuItemRepository();
    private final InMemoryServiceRecordRepository records = new InMemoryServiceRecordRepository();
    private final OrderListing listing = new OrderListing(records, menu);

    private ServiceOrder anOrder(OrderItem item) {
        return ServiceOrder.place(new ServiceOrderId(UUID.randomUUID()), station, "resident-wang", "resident-wang",
                "王大爷", item, "每周一次", T0, Optional.empty());
    }

    private ServiceOrder accepted(ServiceOrder order, UUID volunteer) {
        order.review("station-head", T0.plusSeconds(60), "ok", false);
        order.openForGrabs("station-head", T0.plusSeconds(120));
        order.accept("volunteer", volunteer, T0.plusSeconds(180));
        return order;
    }

    @Test
    void listsEachOrderWithItsMenuItemAndTheEffectiveRecordOfItsVolunteer() {
        // given
        MenuItem haircut = menu.store(MenuItem.list(new MenuItemId(UUID.randomUUID()), station, "上门理发", ""));
        UUID volunteer = UUID.randomUUID();
        ServiceOrder served = accepted(anOrder(new OrderItem.FromMenu(haircut.id())), volunteer);
        ServiceOrder wish = anOrder(new OrderItem.Wish("想要一本字典"));
        ServiceOrder withdrawnItem = anOrder(new OrderItem.FromMenu(new MenuItemId(UUID.randomUUID())));
        ServiceRecord open = records.append(anEntry(station, Optional.empty(), new VolunteerId(volunteer),
                served.id().value(), T0.plusSeconds(240), Optional.empty(), Optional.empty()));
        ServiceRecord closed = records.append(anEntry(station, Optional.of(open), new VolunteerId(volunteer),
                served.id().value(), T0.plusSeconds(240), Optional.of(T0.plusSeconds(1800)),
                Optional.of(open.id())));
        records.append(anEntry(station, Optional.of(closed), new VolunteerId(UUID.randomUUID()), wish.id().value(),
                T0, Optional.of(T0.plusSeconds(60)), Optional.empty()));

        // when
        Page<OrderListing.Listed> page = listing.of(new Page<>(List.of(served, wish, withdrawnItem), 0, true));

        // then
        assertThat(page.hasMore()).isTrue();
        assertThat(page.items()).extracting(OrderListing.Listed::order).containsExactly(served, wish, withdrawnItem);
        assertThat(page.items().get(0).menuItem()).map(MenuItem::name).contains("上门理发");
        assertThat(page.items().get(0).record()).map(ServiceRecord::id).contains(closed.id());
        assertThat(page.items().get(1).menuItem()).isEmpty();
        assertThat(page.items().get(1).record()).as("nobody accepted the wish").isEmpty();
        assertThat(page.items().get(2).menuItem()).isEmpty();
        assertThat(listing.recordOf(served)).map(ServiceRecord::id).contains(closed.id());
        assertThat(listing.one(wish).record()).isEmpty();
    }
}
