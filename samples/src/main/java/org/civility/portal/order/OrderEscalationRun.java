package org.civility.portal.order;

import java.time.Clock;
import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.civility.core.order.OrderEscalation;
import org.civility.core.order.ServiceOrder;

/** One escalation run (R-ORD-2) in a JTA transaction of its own, by the portal's clock. */
@ApplicationScoped
public class OrderEscalationRun {

    @Inject
    OrderEscalation escalation;

    @Inject
    Clock clock;

    /** @return the orders moved one unit up */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ServiceOrder> runOnce() {
        return escalation.escalateOverdue(clock);
    }
}
