package org.civility.portal.idempotency;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.civility.portal.cluster.ClusterOnce;

/** Runs {@link ExpiredReplies} every hour on the container's managed scheduler; a failed run waits for the next. */
@ApplicationScoped
public class ExpiredReplySchedule {

    private static final Logger LOG = Logger.getLogger(ExpiredReplySchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ExpiredReplies replies;

    @Inject
    ClusterOnce cluster;

    private ScheduledFuture<?> task;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        task = scheduler.scheduleWithFixedDelay(() -> cluster.run("expired-replies", Duration.ofHours(1), this::run), 1, 60,
                TimeUnit.MINUTES);
    }

    private void run() {
        try {
            int forgotten = replies.forget();
            if (forgotten > 0) {
                LOG.info(() -> "civility idempotency: forgot " + forgotten + " expired answer(s)");
            }
        } catch (RuntimeException e) {
            // Never let an exception end the schedule (the database may be away): the next run tries again.
            LOG.warning(() -> "civility idempotency: forgetting expired answers failed (" + e.getClass().getSimpleName()
                    + "); retrying next run");
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
