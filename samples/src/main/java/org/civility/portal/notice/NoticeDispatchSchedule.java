package org.civility.portal.notice;

import java.time.Clock;
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

import org.civility.core.notice.Backoff;
import org.civility.core.notice.NoticeDispatcher;
import org.civility.core.notice.NoticeRepository;
import org.civility.core.notice.Notifier;
import org.civility.portal.cluster.ClusterOnce;

/**
 * Sends the notice outbox every {@value #PERIOD_SECONDS} seconds on the container's managed
 * scheduler: due deliveries go to the {@link Notifier}, each claimed and recorded in its own
 * transaction ({@link NoticeTransactions}). Failures are retried with the standard backoff
 * (30 s doubling, capped at 1 h) and never dropped. One node of a cluster sends per period ({@link ClusterOnce}).
 */
@ApplicationScoped
public class NoticeDispatchSchedule {

    static final long PERIOD_SECONDS = 10;
    private static final int BATCH = 50;
    private static final Logger LOG = Logger.getLogger(NoticeDispatchSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    NoticeRepository notices;

    @Inject
    Notifier notifier;

    @Inject
    NoticeTransactions transactions;

    @Inject
    Clock clock;

    @Inject
    ClusterOnce cluster;

    private ScheduledFuture<?> task;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        NoticeDispatcher dispatcher = new NoticeDispatcher(notices, notifier, clock, Backoff.standard(), transactions);
        Duration period = Duration.ofSeconds(PERIOD_SECONDS);
        task = scheduler.scheduleWithFixedDelay(() -> cluster.run("notice-dispatch", period, () -> run(dispatcher)), 5,
                PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    private static void run(NoticeDispatcher dispatcher) {
        try {
            NoticeDispatcher.Report report = dispatcher.runOnce(BATCH);
            if (report.total() > 0) {
                LOG.info(() -> "civility notice dispatch: " + report);
            }
        } catch (RuntimeException e) {
            // Never let an exception end the schedule: the next run tries again.
            LOG.log(Level.WARNING, "civility notice dispatch failed; retrying next run", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
