package org.civility.portal.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civility.core.record.ChainWatch;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code records}: DOWN while the last scheduled verification ({@link ChainVerificationSchedule}) found a unit's
 * service record chain broken (R-REC-1), with the number of broken chains and the time of that run; UP otherwise,
 * and before the first run. A readiness check (ADR 0028): a portal whose records were tampered with still answers,
 * but whoever watches readiness is told at once, and the broken units take no new records.
 */
@Readiness
@ApplicationScoped
public class RecordChainHealth implements HealthCheck {

    @Inject
    ChainWatch watch;

    @Override
    public HealthCheckResponse call() {
        int broken = watch.broken().size();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("records").status(broken == 0)
                .withData("brokenChains", broken);
        watch.lastRun().ifPresent(at -> response.withData("verifiedAt", at.toString()));
        return response.build();
    }
}
