package org.civility.persistence.resource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.civility.core.order.Assignee;
import org.civility.core.order.OrderItem;
import org.civility.core.order.ServiceOrder;
import org.civility.core.order.ServiceOrderId;
import org.civility.core.order.ServiceOrderRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.resource.RecentLoad;
import org.civility.persistence.order.JpaServiceOrderRepository;
import org.civility.persistence.testing.TestStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JpaRecentLoadTest {

    private static final Instant T0 = Instant.parse("2026-03-05T01:00:00Z");

    @Test
    void countsOrdersAcceptedSinceTheGivenTimePerVolunteer() {
        ServiceOrderRepository orders = TestStore.get().repository(ServiceOrderRepository.class,
                JpaServiceOrderRepository::new);
        RecentLoad load = TestStore.get().repository(RecentLoad.class, JpaRecentLoad::new);
        UUID busy = UUID.randomUUID();
        UUID earlier = UUID.randomUUID();
        accepted(orders, busy, T0.plus(Duration.ofDays(10)));
        accepted(orders, busy, T0.plus(Duration.ofDays(11)));
        accepted(orders, earlier, T0);

        var counts = load.acceptedSince(T0.plus(Duration.ofDays(5)));

        assertThat(counts.get(busy)).isEqualTo(2);
        assertThat(counts).doesNotContainKey(earlier);
    }

    private static void accepted(ServiceOrderRepository orders, UUID volunteer, Instant at) {
        ServiceOrder order = ServiceOrder.place(new ServiceOrderId(UUID.randomUUID()), unit(), "r", "r", "王大爷",
                new OrderItem.Wish("打扫"), "", at, Optional.empty());
        order.review("head", at, "", false);
        order.offer("head", at, Assignee.volunteer(volunteer));
        order.accept("vol", volunteer, at);
        orders.store(order);
    }

    private static UnitId unit() {
        return new UnitId(UUID.randomUUID());
    }
}
