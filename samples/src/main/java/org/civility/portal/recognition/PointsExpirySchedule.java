package org.civility.portal.recognition;

import java.time.Duration;
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

import org.civility.core.organisation.UnitId;
import org.civility.portal.cluster.ClusterOnce;

/**
 * Expires old points once a day on the container's managed scheduler, but only where a locality enabled it:
 * a unit whose effective {@code recognition.points-expire-after-years} is 0 (the default) is skipped, so a
 * portal that never sets it never loses a point. Where it is set to n, points credited n or more years ago and
 * not spent yet are removed with an EXPIRY entry (core's {@code RecognitionService.expire}). Each unit runs in
 * its own transaction ({@link PointsExpiryRun}); a failure is logged and retried on the next run.
 */
@ApplicationScoped
public class PointsExpirySchedule {

    static final long PERIOD_HOURS = 24;
    private static final long FIRST_RUN_SECONDS = 120;
    private static final Logger LOG = Logger.getLogger(PointsExpirySchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    PointsExpiryRun run;

    @Inject
    ClusterOnce cluster;

    private ScheduledFuture<?> task;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        Duration period = Duration.ofHours(PERIOD_HOURS);
        task = scheduler.scheduleWithFixedDelay(() -> cluster.run("points-expiry", period, this::runOnce), FIRST_RUN_SECONDS,
                period.toSeconds(), TimeUnit.SECONDS);
    }

    /** One pass over every unit; returns how many volunteers had points expired. */
    int runOnce() {
        int expired = 0;
        try {
            for (UnitId unit : run.units()) {
                try {
                    expired += run.expireAt(unit);
                } catch (RuntimeException e) {
                    // One unit's failure must not keep the others from expiring; the next run tries again.
                    LOG.log(Level.WARNING, "civility points expiry failed at unit " + unit + "; retrying next run", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "civility points expiry failed; retrying next run", e);
        }
        if (expired > 0) {
            int count = expired;
            LOG.info(() -> "civility points expiry: points expired for " + count + " volunteers");
        }
        return expired;
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
