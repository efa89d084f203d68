package org.civility.portal.record;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.civility.core.organisation.UnitId;
import org.civility.core.record.ChainWatch;
import org.civility.core.record.HashChainVerifier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civility.portal.cluster.ClusterOnce;

/**
 * R-REC-1's scheduled verification: every {@code civility.records.verify-every} (an ISO-8601 duration, PT1H by
 * default; the first run a minute after the start, or sooner when the period is shorter) every unit's chain is
 * verified against its sealed head, on the container's managed scheduler. What it finds goes to the
 * {@link ChainWatch}: {@link RecordChainHealth} turns DOWN while a chain is broken, and the unit's head is alerted. Each
 * break is logged with the unit, the first broken sequence and how it broke (no personal data). A failed run (the
 * database away) changes nothing and the next run tries again.
 */
@ApplicationScoped
public class ChainVerificationSchedule {

    private static final Logger LOG = Logger.getLogger(ChainVerificationSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ChainVerificationRun verification;

    @Inject
    ChainWatch watch;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "civility.records.verify-every", defaultValue = "PT1H")
    Duration every;

    @Inject
    ClusterOnce cluster;

    private ScheduledFuture<?> task;

    /** After the portal's own start-up observers (the schema migration among them), so the first run finds its tables. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
                 Object ignored) {
        long period = Math.max(1_000, every.toMillis());
        Duration p = Duration.ofMillis(period);
        task = scheduler.scheduleWithFixedDelay(() -> cluster.run("record-chain-verification", p, this::run),
                Math.min(period, 60_000), period, TimeUnit.MILLISECONDS);
    }

    void run() {
        try {
            Map<UnitId, HashChainVerifier.Verification> results = verification.verifyAll();
            ChainWatch.Observation seen = watch.observe(results, clock.instant());
            seen.broken().forEach((unit, v) -> LOG.severe(() -> "civility records (R-REC-1): the chain of unit " + unit
                    + " is broken from entry " + v.firstBroken().orElse(0) + " (" + v.reason().map(Enum::name)
                    .orElse("") + "); nothing more is recorded there until its head has had it checked"));
            seen.alertFailed().forEach(unit -> LOG.warning(() -> "civility records: the head of unit " + unit
                    + " could not be alerted; retrying next run"));
            if (seen.broken().isEmpty()) {
                LOG.fine(() -> "civility records: " + results.size() + " chain(s) verified");
            }
        } catch (RuntimeException e) {
            // Never let an exception end the schedule: the next run tries again. One line: no driver's message.
            LOG.log(Level.WARNING, "civility records: verifying the chains failed ({0}); retrying next run",
                    e.getClass().getName());
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
