package org.civility.portal.record;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.civility.core.record.ServiceRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.civility.portal.cluster.ClusterOnce;

/**
 * Closes forgotten check-outs (DOMAIN §6a) on the container's managed scheduler, every
 * {@code civility.records.close-forgotten-every} (an ISO-8601 duration, {@value #DEFAULT_PERIOD} by default): each
 * session still open after its scheduled end and the check-out grace is closed at the scheduled end, flagged
 * FORGOTTEN_CHECK_OUT_REVIEW and credits nothing until an administrator corrects it. A failed run (say, an append
 * racing a check-out on the same chain) changes nothing and the next run tries again.
 */
@ApplicationScoped
public class ForgottenCheckOutSchedule {

    static final String DEFAULT_PERIOD = "PT5M";
    private static final Logger LOG = Logger.getLogger(ForgottenCheckOutSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ForgottenCheckOuts job;

    @Inject
    @ConfigProperty(name = "civility.records.close-forgotten-every", defaultValue = DEFAULT_PERIOD)
    String period;

    @Inject
    ClusterOnce cluster;

    private ScheduledFuture<?> task;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        long millis = periodMillis();
        Duration p = Duration.ofMillis(millis);
        task = scheduler.scheduleWithFixedDelay(() -> cluster.run("forgotten-check-outs", p, this::run),
                Math.min(millis, 5_000), millis, TimeUnit.MILLISECONDS);
    }

    private long periodMillis() {
        try {
            Duration d = Duration.parse(period);
            if (!d.isNegative() && !d.isZero()) {
                return d.toMillis();
            }
        } catch (RuntimeException e) {
            // fall through to the default below
        }
        LOG.warning(() -> "civility.records.close-forgotten-every=" + period + " is no positive ISO-8601 duration; "
                + "using " + DEFAULT_PERIOD);
        return Duration.parse(DEFAULT_PERIOD).toMillis();
    }

    private void run() {
        try {
            List<ServiceRecord> closed = job.closeNow();
            if (!closed.isEmpty()) {
                LOG.info(() -> "civility records: closed " + closed.size() + " forgotten check-out(s) for review");
            }
        } catch (RuntimeException e) {
            // Never let an exception end the schedule: the next run tries again.
            LOG.log(Level.WARNING, "civility records: closing forgotten check-outs failed; retrying next run", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
