package org.civility.web.volunteer;

import org.civility.core.volunteer.VolunteerSettings;
import org.civility.web.support.FeatureSettings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.civility.core.access.AccessControl;
import org.civility.core.governance.PolicySettings;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.volunteer.VolunteerRepository;
import org.civility.core.volunteer.VolunteerService;

import java.time.Clock;

/**
 * Produces the {@link VolunteerService} over the deployment's {@link VolunteerRepository}.
 * Access control and settings come from {@link org.civility.web.support.CoreAccess}.
 */
@ApplicationScoped
public class VolunteerProducers {

    @Produces
    public VolunteerService volunteerService(VolunteerRepository volunteers, AccessControl access,
                                             PolicySettings settings, Clock clock, IdSource ids,
                                             EventPublisher events) {
        return new VolunteerService(volunteers, access, settings, clock, ids, events);
    }

    @Produces
    public FeatureSettings volunteerSettings() {
        return FeatureSettings.of("volunteer", VolunteerSettings.GUARDIAN_CONSENT_BELOW_AGE, VolunteerSettings.MINIMUM_AGE);
    }
}
