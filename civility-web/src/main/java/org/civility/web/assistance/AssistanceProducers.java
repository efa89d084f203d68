package org.civility.web.assistance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.civility.core.access.AccessControl;
import org.civility.core.access.UnitHierarchy;
import org.civility.core.assistance.AssistanceService;
import org.civility.core.assistance.AssistanceSettings;
import org.civility.core.assistance.CarePairingRepository;
import org.civility.core.assistance.CareRecipientRepository;
import org.civility.core.governance.PolicySettings;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.volunteer.VolunteerRepository;
import org.civility.web.support.FeatureSettings;

import java.time.Clock;

/**
 * Produces the {@link AssistanceService} over the deployment's {@link CareRecipientRepository} and
 * {@link CarePairingRepository}, and the feature's settings.
 */
@ApplicationScoped
public class AssistanceProducers {

    @Produces
    public AssistanceService assistanceService(CareRecipientRepository recipients, CarePairingRepository pairings,
                                               VolunteerRepository volunteers, AccessControl access,
                                               UnitHierarchy hierarchy, PolicySettings settings, Clock clock,
                                               IdSource ids, EventPublisher events) {
        return new AssistanceService(recipients, pairings, volunteers, access, hierarchy, settings, clock, ids, events);
    }

    @Produces
    public FeatureSettings assistanceSettings() {
        return FeatureSettings.of("assistance", AssistanceSettings.MAX_VISIT_INTERVAL_DAYS,
                AssistanceSettings.MAX_START_BACKDATE_DAYS);
    }
}
