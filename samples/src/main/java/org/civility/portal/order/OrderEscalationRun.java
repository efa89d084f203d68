package org.civility.portal.order;

import java.time.Clock;
import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.civility.core.order.OrderEscalation;
import org.civility.core.order.ServiceOrder;

/**
 * One batch of an escalation run (R-ORD-2) in a JTA transaction of its own, by the portal's clock: at most
 * {@link #BATCH} orders, so that a run over thousands of overdue orders is many small transactions, not one whose
 * every store compares all the orders it stored before (the persistence unit's deferred change detection).
 */
@ApplicationScoped
public class OrderEscalationRun {

    @Inject
    OrderEscalation escalation;

    @Inject
    Clock clock;

    /** The most orders one transaction moves up. */
    static final int BATCH = 100;

    /** @return the orders moved one unit up; {@link #BATCH} of them means more may be overdue */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ServiceOrder> runOnce() {
        return escalation.escalateOverdue(clock.instant(), BATCH);
    }
}
