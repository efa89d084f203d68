package org.civility.persistence.order;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.civility.core.order.AssigneeKind;
import org.civility.core.order.OrderItem;
import org.civility.core.order.OrderStatus;
import org.civility.core.order.ServiceOrder;
import org.civility.core.order.ServiceOrderId;
import org.civility.core.order.ServiceOrderRepository;
import org.civility.core.order.WaitingOrder;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.persistence.internal.InLists;
import org.civility.persistence.internal.Pages;
import org.civility.persistence.internal.StoredVersions;

import static java.util.Objects.requireNonNull;

/**
 * {@link ServiceOrderRepository} over JPA; runs in the caller's transaction. Every store bumps the row's
 * {@code @Version}; a concurrent update that slipped past the version check fails at flush as STALE-VERSION
 * (what keeps two acceptances of one order apart, R-ORD-1).
 */
public class JpaServiceOrderRepository implements ServiceOrderRepository {

    private static final String WHAT = "serviceOrder";
    private static final List<String> UNACCEPTED = List.of(OrderStatus.PLACED.name(), OrderStatus.REVIEWED.name(),
            OrderStatus.OFFERED.name(), OrderStatus.OPEN_FOR_GRABS.name());

    private final EntityManager em;

    public JpaServiceOrderRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public Optional<ServiceOrder> find(ServiceOrderId id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(em.find(ServiceOrderEntity.class, id.toString())).map(ServiceOrderMapper::toDomain);
    }

    @Override
    public ServiceOrder store(ServiceOrder order) {
        requireNonNull(order, "order");
        ServiceOrderEntity e = StoredVersions.store(em, ServiceOrderEntity.class, WHAT, order.id(), order.version(),
                ServiceOrderEntity::new, row -> ServiceOrderMapper.copy(order, row), row -> row.version);
        return ServiceOrderMapper.toDomain(e);
    }

    @Override
    public Page<ServiceOrder> byUnit(UnitId unit, PageRequest page) {
        requireNonNull(unit, "unit");
        return page(em.createQuery("select o from ServiceOrderEntity o where o.handlingUnitId = :unit"
                        + " order by o.placedAt, o.id", ServiceOrderEntity.class)
                .setParameter("unit", unit.toString()), page);
    }

    @Override
    public Page<ServiceOrder> showcased(UnitId unit, PageRequest page) {
        requireNonNull(unit, "unit");
        return page(em.createQuery("select o from ServiceOrderEntity o where o.unitId = :unit and o.status = :status"
                        + " order by o.placedAt desc, o.id desc", ServiceOrderEntity.class)
                .setParameter("unit", unit.toString()).setParameter("status", OrderStatus.SHOWCASED.name()), page);
    }

    @Override
    public Page<ServiceOrder> byRequester(String requester, PageRequest page) {
        requireNonNull(requester, "requester");
        return page(em.createQuery("select o from ServiceOrderEntity o where o.requester = :requester"
                        + " order by o.placedAt, o.id", ServiceOrderEntity.class)
                .setParameter("requester", requester), page);
    }

    @Override
    public Page<ServiceOrder> placedOnBehalfBy(String helper, PageRequest page) {
        requireNonNull(helper, "helper");
        return page(em.createQuery("select o from ServiceOrderEntity o where o.placedBy = :helper"
                        + " and o.requester <> :helper order by o.placedAt, o.id", ServiceOrderEntity.class)
                .setParameter("helper", helper), page);
    }

    @Override
    public Page<ServiceOrder> forVolunteer(UUID volunteer, PageRequest page) {
        requireNonNull(volunteer, "volunteer");
        return page(em.createQuery("select o from ServiceOrderEntity o where (o.status = :offered"
                        + " and o.offeredKind = :kind and o.offeredId = :volunteer)"
                        + " or (o.status in :serving and o.acceptedBy = :volunteer)"
                        + " order by o.placedAt, o.id", ServiceOrderEntity.class)
                .setParameter("offered", OrderStatus.OFFERED.name())
                .setParameter("kind", AssigneeKind.VOLUNTEER.name())
                .setParameter("serving", List.of(OrderStatus.ACCEPTED.name(), OrderStatus.IN_SERVICE.name()))
                .setParameter("volunteer", volunteer.toString()), page);
    }

    @Override
    public Page<ServiceOrder> openForGrabs(UnitId unit, PageRequest page) {
        requireNonNull(unit, "unit");
        return page(em.createQuery("select o from ServiceOrderEntity o where o.unitId = :unit and o.status = :status"
                        + " order by o.placedAt, o.id", ServiceOrderEntity.class)
                .setParameter("unit", unit.toString()).setParameter("status", OrderStatus.OPEN_FOR_GRABS.name()), page);
    }

    @Override
    public List<ServiceOrder> recentFor(String recipient, OrderItem item, Instant since) {
        requireNonNull(recipient, "recipient");
        requireNonNull(item, "item");
        requireNonNull(since, "since");
        TypedQuery<ServiceOrderEntity> q = switch (item) {
            case OrderItem.FromMenu m -> em.createQuery("select o from ServiceOrderEntity o where o.recipient = :recipient"
                            + " and o.menuItemId = :item and o.placedAt >= :since order by o.placedAt, o.id",
                    ServiceOrderEntity.class).setParameter("item", m.item().toString());
            case OrderItem.Wish w -> em.createQuery("select o from ServiceOrderEntity o where o.recipient = :recipient"
                            + " and o.menuItemId is null and o.wish = :item and o.placedAt >= :since"
                            + " order by o.placedAt, o.id",
                    ServiceOrderEntity.class).setParameter("item", w.text());
        };
        return q.setParameter("recipient", recipient).setParameter("since", since).getResultList().stream()
                .map(ServiceOrderMapper::toDomain).toList();
    }

    @Override
    public Map<UnitId, Instant> oldestUnacceptedByUnit(Instant until) {
        requireNonNull(until, "until");
        Map<UnitId, Instant> oldest = new HashMap<>();
        em.createQuery("select o.handlingUnitId, min(o.waitingSince) from ServiceOrderEntity o"
                        + " where o.status in :statuses and o.waitingSince <= :until group by o.handlingUnitId",
                        Object[].class)
                .setParameter("statuses", UNACCEPTED).setParameter("until", until)
                .getResultList()
                .forEach(row -> oldest.put(UnitId.of((String) row[0]), (Instant) row[1]));
        return oldest;
    }

    @Override
    public Page<ServiceOrder> unacceptedAt(UnitId handlingUnit, Instant until, PageRequest page) {
        requireNonNull(handlingUnit, "handlingUnit");
        requireNonNull(until, "until");
        return page(em.createQuery("select o from ServiceOrderEntity o where o.handlingUnitId = :unit"
                        + " and o.status in :statuses and o.waitingSince <= :until order by o.waitingSince, o.id",
                        ServiceOrderEntity.class)
                .setParameter("unit", handlingUnit.toString()).setParameter("statuses", UNACCEPTED)
                .setParameter("until", until), page);
    }

    @Override
    public Map<OrderStatus, Integer> countPlacedByStatus(Collection<UnitId> units, Instant from, Instant to) {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        Map<OrderStatus, Integer> counts = new EnumMap<>(OrderStatus.class);
        InLists.read(units.stream().map(UnitId::toString).toList(), chunk -> em.createQuery(
                                "select o.status, count(o) from ServiceOrderEntity o where o.unitId in :units"
                                        + " and o.placedAt >= :from and o.placedAt < :to group by o.status",
                                Object[].class)
                        .setParameter("units", chunk)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList())
                .forEach(row -> counts.merge(OrderStatus.valueOf((String) row[0]), ((Number) row[1]).intValue(),
                        Integer::sum));
        return counts;
    }

    @Override
    public List<WaitingOrder> escalatedUnaccepted(Collection<UnitId> units) {
        return InLists.read(units.stream().map(UnitId::toString).toList(), chunk -> em.createQuery(
                                "select o.id, o.unitId, o.handlingUnitId, o.status, o.placedAt, o.waitingSince"
                                        + " from ServiceOrderEntity o where o.unitId in :units and o.status in :statuses"
                                        + " and o.handlingUnitId <> o.unitId", Object[].class)
                        .setParameter("units", chunk)
                        .setParameter("statuses", UNACCEPTED)
                        .getResultList()).stream()
                .map(row -> new WaitingOrder(ServiceOrderId.of((String) row[0]), UnitId.of((String) row[1]),
                        UnitId.of((String) row[2]), OrderStatus.valueOf((String) row[3]), (Instant) row[4],
                        (Instant) row[5]))
                .sorted(Comparator.comparing(WaitingOrder::waitingSince).thenComparing(o -> o.order().toString()))
                .toList();
    }

    /**
     * A page of orders with their steps, in two statements: the steps of the whole page are read in one IN query
     * (EclipseLink batch reading), not one query per order. The rows are read-only: batch reading of an element
     * collection of embeddables leaves descriptors that fail EclipseLink's change detection (eclipselink#921), and
     * a list is only read, never changed.
     */
    private static Page<ServiceOrder> page(TypedQuery<ServiceOrderEntity> query, PageRequest page) {
        return Pages.of(query.setHint(QueryHints.BATCH, "o.history")
                .setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN.name())
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE), page, ServiceOrderMapper::toDomain);
    }
}
