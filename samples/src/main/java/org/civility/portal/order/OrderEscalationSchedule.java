package org.civility.portal.order;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.civility.core.order.ServiceOrder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.civility.portal.cluster.ClusterOnce;

/**
 * R-ORD-2: every {@code civility.orders.escalate-every} (an ISO-8601 duration, PT1M by default) moves the orders nobody took in
 * time one unit up (station → institute → center), on the container's managed scheduler, each run in a
 * transaction of its own ({@link OrderEscalationRun}), on one node of a cluster per period ({@link ClusterOnce}). The time limits are the policy setting
 * {@code order.accept-within-hours} of each handling unit.
 */
@ApplicationScoped
public class OrderEscalationSchedule {

    private static final Logger LOG = Logger.getLogger(OrderEscalationSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OrderEscalationRun escalation;

    @Inject
    @ConfigProperty(name = "civility.orders.escalate-every", defaultValue = "PT1M")
    Duration every;

    @Inject
    ClusterOnce cluster;

    private ScheduledFuture<?> task;

    /** After the portal's own start-up observers (the schema migration among them), so the first run finds its tables. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
                 Object ignored) {
        long period = Math.max(1_000, every.toMillis());
        Duration p = Duration.ofMillis(period);
        task = scheduler.scheduleWithFixedDelay(() -> cluster.run("order-escalation", p, this::run), period, period,
                TimeUnit.MILLISECONDS);
    }

    private void run() {
        try {
            int moved = 0;
            List<ServiceOrder> batch;
            do {
                batch = escalation.runOnce();
                moved += batch.size();
            } while (batch.size() == OrderEscalationRun.BATCH);
            if (moved > 0) {
                int total = moved;
                LOG.info(() -> "civility order escalation (R-ORD-2): " + total + " order(s) moved up");
            }
        } catch (RuntimeException e) {
            // Never let an exception end the schedule: the next run tries again.
            LOG.log(Level.WARNING, "civility order escalation failed; retrying next run", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
