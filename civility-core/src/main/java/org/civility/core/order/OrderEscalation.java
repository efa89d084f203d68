package org.civility.core.order;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
     *
     * @return the escalated orders as stored
     */
    public List<ServiceOrder> escalateOverdue(Instant now) {
        requireNonNull(now, "now");
        List<ServiceOrder> candidates = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        Page<ServiceOrder> page;
        do {
            page = orders.unacceptedBefore(now.minus(Duration.ofHours(1)), request);
            candidates.addAll(page.items());
            request = new PageRequest(request.offset() + request.limit(), request.limit());
        } while (page.hasMore());
        List<ServiceOrder> escalated = new ArrayList<>();
        for (ServiceOrder order : candidates) {
            int hours = Math.max(1, settings.effective(OrderSettings.ACCEPT_WITHIN_HOURS, order.handlingUnit()));
            if (order.waitingSince().plus(Duration.ofHours(hours)).isAfter(now)) {
                continue;
            }
            Optional<UnitId> parent = units.parentOf(order.handlingUnit());
            if (parent.isEmpty()) {
                continue;
            }
            order.escalateTo(parent.get(), ACTOR, now);
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
}
