package org.civility.web.celebration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.civility.core.access.AccessControl;
import org.civility.core.activity.ActivityService;
import org.civility.core.celebration.CelebrationService;
import org.civility.core.celebration.CeremonyLimitsPolicy;
import org.civility.core.celebration.FestivalActivities;
import org.civility.core.celebration.FamilyCeremonyRepository;
import org.civility.core.governance.PolicySettings;
import org.civility.core.governance.SettingKey;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.web.support.FeatureSettings;

import java.time.Clock;
import java.time.ZoneId;

/** Produces the {@link FamilyCeremonyRepository} port, the {@link CelebrationService} and the R-CELE-1 settings. */
@ApplicationScoped
public class CelebrationProducers {

    @Produces
    public CelebrationService celebrationService(FamilyCeremonyRepository ceremonies, AccessControl access,
                                                 PolicySettings settings, Clock clock, IdSource ids,
                                                 EventPublisher events) {
        return new CelebrationService(ceremonies, access, settings, clock, ids, events);
    }

    /** The village limits of weddings and funerals (R-CELE-1), each lower-is-stricter. */
    @Produces
    public FeatureSettings celebrationSettings() {
        return FeatureSettings.of("celebration", CeremonyLimitsPolicy.SETTINGS.toArray(SettingKey<?>[]::new));
    }

    @Produces
    public FestivalActivities festivalActivities(AccessControl access, CelebrationService celebrations,
                                                 ActivityService activities, Clock clock, ZoneId zone) {
        return new FestivalActivities(access, celebrations, activities, clock, zone);
    }
}
