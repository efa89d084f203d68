package org.civility.web.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.civility.core.access.AccessControl;
import org.civility.core.appraisal.AppraisalCampaignRepository;
import org.civility.core.appraisal.AppraisalService;
import org.civility.core.appraisal.AppraisalSettings;
import org.civility.core.appraisal.HouseholdRepository;
import org.civility.core.appraisal.RecommendationRepository;
import org.civility.core.appraisal.RecommendationService;
import org.civility.core.governance.PolicySettings;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.web.support.FeatureSettings;

import java.time.Clock;

/**
 * Produces the appraisal feature's {@link AppraisalService} and {@link RecommendationService} over the deployment's
 * repositories. Core classes
 * are final, hence
 * {@code @Dependent}.
 */
@ApplicationScoped
public class AppraisalProducers {

    @Produces
    public AppraisalService appraisalService(HouseholdRepository households, AppraisalCampaignRepository campaigns,
                                             AccessControl access, PolicySettings settings, Clock clock,
                                             IdSource ids, EventPublisher events) {
        return new AppraisalService(households, campaigns, access, settings, clock, ids, events);
    }

    @Produces
    public RecommendationService recommendationService(RecommendationRepository recommendations,
                                                       AppraisalCampaignRepository campaigns,
                                                       HouseholdRepository households, AccessControl access,
                                                       Clock clock, IdSource ids, EventPublisher events) {
        return new RecommendationService(recommendations, campaigns, households, access, clock, ids, events);
    }

    @Produces
    public FeatureSettings appraisalSettings() {
        return FeatureSettings.of("appraisal", AppraisalSettings.NOTICE_DAYS);
    }
}
