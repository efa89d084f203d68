package org.civility.core.order;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civility.core.governance.PolicySettings;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.spi.EventPublisher;

import static java.util.Objects.requireNonNull;

/**
 * R-ORD-2: an order nobody takes within its handling unit's time limit ({@link OrderSettings#ACCEPT_WITHIN_HOURS},
 * at least one hour) escalates station → institute → center. Run by a scheduler (no actor; the steps are
 * recorded as {@value #ACTOR}). An order at a root unit stays there.
 */
public final class OrderEscalation {

    public static final String RULE = "R-ORD-2";
    public static final String ACTOR = "system:escalation";

    /** No unit's time limit is shorter. */
    static final Duration MIN_LIMIT = Duration.ofHours(1);

    private final ServiceOrderRepository orders;
    private final UnitRepository units;
    private final PolicySettings settings;
    private final EventPublisher events;

    public OrderEscalation(ServiceOrderRepository orders, UnitRepository units, PolicySettings settings,
                           EventPublisher events) {
        this.orders = requireNonNull(orders, "orders");
        this.units = requireNonNull(units, "units");
        this.settings = requireNonNull(settings, "settings");
        this.events = requireNonNull(events, "events");
    }

    /** Escalates now by the clock. */
    public List<ServiceOrder> escalateOverdue(Clock clock) {
        return escalateOverdue(clock.instant());
    }

    /**
     * Moves every overdue unaccepted order one unit up; an order accepted meanwhile (STALE-VERSION) is skipped.
     * Orders are loaded only at units where the longest-waiting one is past the unit's time limit, and a unit's
     * limit and parent are read once a run: the run comes every minute, most units have nothing overdue.
     *
     * @return the escalated orders as stored, by waiting time, then id
     */
    public List<ServiceOrder> escalateOverdue(Instant now) {
        return escalateOverdue(now, Integer.MAX_VALUE);
    }

    /**
     * As {@link #escalateOverdue(Instant)}, but at most {@code atMost} orders, the longest-waiting first: a caller
     * that stores each batch in a transaction of its own keeps every transaction small however many orders are
     * overdue (after a holiday, say). Fewer than {@code atMost} escalated means none was left overdue, unless an
     * order was accepted meanwhile.
     */
    public List<ServiceOrder> escalateOverdue(Instant now, int atMost) {
        requireNonNull(now, "now");
        if (atMost < 1) {
            throw new IllegalArgumentException("atMost must be positive: " + atMost);
        }
        List<ServiceOrder> candidates = new ArrayList<>();
        Map<UnitId, UnitId> parents = new HashMap<>();
        orders.oldestUnacceptedByUnit(now.minus(MIN_LIMIT)).forEach((unit, oldest) -> {
            Instant until = now.minus(limit(unit));
            Optional<UnitId> parent = oldest.isAfter(until) ? Optional.empty() : units.parentOf(unit);
            if (parent.isEmpty()) {
                return;
            }
            parents.put(unit, parent.get());
            // The longest-waiting atMost of all units are among the longest-waiting atMost of each unit.
            int loaded = 0;
            PageRequest request = PageRequest.first(Math.min(atMost, PageRequest.MAX_LIMIT));
            Page<ServiceOrder> page;
            do {
                page = orders.unacceptedAt(unit, until, request);
                candidates.addAll(page.items());
                loaded += page.items().size();
                request = new PageRequest(request.offset() + request.limit(), request.limit());
            } while (page.hasMore() && loaded < atMost);
        });
        candidates.sort(ServiceOrder.BY_WAITING_THEN_ID);
        List<ServiceOrder> escalated = new ArrayList<>();
        for (ServiceOrder order : candidates.subList(0, Math.min(atMost, candidates.size()))) {
            order.escalateTo(parents.get(order.handlingUnit()), ACTOR, now);
            try {
                ServiceOrder stored = orders.store(order);
                escalated.add(stored);
                events.publish(new OrderStepTaken(stored.id(), stored.handlingUnit(), OrderAction.ESCALATE, ACTOR, now));
            } catch (CivilityException e) {
                if (e.code().equals(SharedError.STALE_VERSION.code())) {
                    continue;
                }
                throw e;
            }
        }
        return escalated;
    }

    /** The unit's time limit: its effective {@link OrderSettings#ACCEPT_WITHIN_HOURS}, never under an hour. */
    private Duration limit(UnitId unit) {
        return Duration.ofHours(Math.max(MIN_LIMIT.toHours(),
                settings.effective(OrderSettings.ACCEPT_WITHIN_HOURS, unit)));
    }
}
