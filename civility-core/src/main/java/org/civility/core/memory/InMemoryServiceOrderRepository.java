package org.civility.core.memory;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.civility.core.order.AssigneeKind;
import org.civility.core.order.OrderItem;
import org.civility.core.order.OrderStatus;
import org.civility.core.order.ServiceOrder;
import org.civility.core.order.ServiceOrderId;
import org.civility.core.order.ServiceOrderRepository;
import org.civility.core.order.WaitingOrder;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;

/** Service orders in memory, as snapshots. Thread-safe. */
public final class InMemoryServiceOrderRepository implements ServiceOrderRepository {

    private static final Comparator<ServiceOrder> BY_PLACED_THEN_ID =
            Comparator.comparing(ServiceOrder::placedAt).thenComparing(o -> o.id().toString());

    private final Map<ServiceOrderId, ServiceOrder> orders = new HashMap<>();

    @Override
    public synchronized Optional<ServiceOrder> find(ServiceOrderId id) {
        return Optional.ofNullable(orders.get(id)).map(o -> copy(o, o.version()));
    }

    @Override
    public synchronized ServiceOrder store(ServiceOrder order) {
        ServiceOrder current = orders.get(order.id());
        long actual = current == null ? 0 : current.version();
        if (order.version() != actual) {
            throw CivilityException.of(SharedError.STALE_VERSION, "what", "serviceOrder", "id", order.id(),
                    "expected", order.version(), "actual", actual);
        }
        ServiceOrder stored = copy(order, actual + 1);
        orders.put(stored.id(), stored);
        return copy(stored, stored.version());
    }

    @Override
    public synchronized Page<ServiceOrder> byUnit(UnitId unit, PageRequest page) {
        return Page.of(orders.values().stream().filter(o -> o.handlingUnit().equals(unit)).sorted(BY_PLACED_THEN_ID)
                .map(o -> copy(o, o.version())).toList(), page);
    }

    @Override
    public synchronized Page<ServiceOrder> showcased(UnitId unit, PageRequest page) {
        return Page.of(orders.values().stream()
                .filter(o -> o.unit().equals(unit) && o.status() == OrderStatus.SHOWCASED)
                .sorted(BY_PLACED_THEN_ID.reversed()).map(o -> copy(o, o.version())).toList(), page);
    }

    @Override
    public synchronized Page<ServiceOrder> byRequester(String requester, PageRequest page) {
        return Page.of(orders.values().stream().filter(o -> o.requester().equals(requester)).sorted(BY_PLACED_THEN_ID)
                .map(o -> copy(o, o.version())).toList(), page);
    }

    @Override
    public synchronized Page<ServiceOrder> placedOnBehalfBy(String helper, PageRequest page) {
        return Page.of(orders.values().stream().filter(o -> o.placedBy().equals(helper) && o.placedOnBehalf())
                .sorted(BY_PLACED_THEN_ID).map(o -> copy(o, o.version())).toList(), page);
    }

    @Override
    public synchronized Page<ServiceOrder> forVolunteer(UUID volunteer, PageRequest page) {
        return Page.of(orders.values().stream().filter(o -> isFor(o, volunteer)).sorted(BY_PLACED_THEN_ID)
                .map(o -> copy(o, o.version())).toList(), page);
    }

    private static boolean isFor(ServiceOrder o, UUID volunteer) {
        return switch (o.status()) {
            case OFFERED -> o.offeredTo().filter(a -> a.kind() == AssigneeKind.VOLUNTEER && a.id().equals(volunteer))
                    .isPresent();
            case ACCEPTED, IN_SERVICE -> o.acceptedBy().filter(volunteer::equals).isPresent();
            default -> false;
        };
    }

    @Override
    public synchronized Page<ServiceOrder> openForGrabs(UnitId unit, PageRequest page) {
        return Page.of(orders.values().stream()
                .filter(o -> o.unit().equals(unit) && o.status() == OrderStatus.OPEN_FOR_GRABS)
                .sorted(BY_PLACED_THEN_ID).map(o -> copy(o, o.version())).toList(), page);
    }

    @Override
    public synchronized List<ServiceOrder> recentFor(String recipient, OrderItem item, Instant since) {
        return orders.values().stream()
                .filter(o -> o.recipient().equals(recipient) && o.item().equals(item) && !o.placedAt().isBefore(since))
                .sorted(BY_PLACED_THEN_ID).map(o -> copy(o, o.version())).toList();
    }

    @Override
    public synchronized Map<UnitId, Instant> oldestUnacceptedByUnit(Instant until) {
        Map<UnitId, Instant> oldest = new HashMap<>();
        orders.values().stream()
                .filter(o -> o.status().unaccepted() && !o.waitingSince().isAfter(until))
                .forEach(o -> oldest.merge(o.handlingUnit(), o.waitingSince(), (a, b) -> a.isBefore(b) ? a : b));
        return oldest;
    }

    @Override
    public synchronized Page<ServiceOrder> unacceptedAt(UnitId handlingUnit, Instant until, PageRequest page) {
        return Page.of(orders.values().stream()
                .filter(o -> o.handlingUnit().equals(handlingUnit) && o.status().unaccepted()
                        && !o.waitingSince().isAfter(until))
                .sorted(ServiceOrder.BY_WAITING_THEN_ID)
                .map(o -> copy(o, o.version())).toList(), page);
    }

    @Override
    public synchronized Map<OrderStatus, Integer> countPlacedByStatus(Collection<UnitId> units, Instant from,
                                                                      Instant to) {
        Set<UnitId> wanted = Set.copyOf(units);
        Map<OrderStatus, Integer> counts = new EnumMap<>(OrderStatus.class);
        orders.values().stream()
                .filter(o -> wanted.contains(o.unit()) && !o.placedAt().isBefore(from) && o.placedAt().isBefore(to))
                .forEach(o -> counts.merge(o.status(), 1, Integer::sum));
        return counts;
    }

    @Override
    public synchronized List<WaitingOrder> escalatedUnaccepted(Collection<UnitId> units) {
        Set<UnitId> wanted = Set.copyOf(units);
        return orders.values().stream()
                .filter(o -> wanted.contains(o.unit()) && o.status().unaccepted() && !o.handlingUnit().equals(o.unit()))
                .sorted(ServiceOrder.BY_WAITING_THEN_ID)
                .map(o -> new WaitingOrder(o.id(), o.unit(), o.handlingUnit(), o.status(), o.placedAt(),
                        o.waitingSince()))
                .toList();
    }

    private static ServiceOrder copy(ServiceOrder o, long version) {
        return ServiceOrder.restore(o.id(), o.unit(), o.handlingUnit(), o.requester(), o.placedBy(), o.recipient(),
                o.item(), o.description(), o.placedAt(), o.waitingSince(), o.status(), o.offeredTo(), o.acceptedBy(),
                o.rejectionReason(), o.report(), o.rating(), o.showcaseConsent(), o.duplicateOf(),
                o.duplicateConfirmed(), o.history(), version);
    }
}
