package org.civility.web.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civility.core.access.AccessControl;
import org.civility.core.appraisal.AppraisalCampaignRepository;
import org.civility.core.appraisal.AppraisalService;
import org.civility.core.appraisal.AppraisalSettings;
import org.civility.core.appraisal.HouseholdRepository;
import org.civility.core.governance.PolicySettings;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.persistence.appraisal.JpaAppraisalCampaignRepository;
import org.civility.persistence.appraisal.JpaHouseholdRepository;
import org.civility.web.support.FeatureSettings;

import java.time.Clock;

/**
 * Produces the appraisal feature's ports and its {@link AppraisalService} on the container's
 * persistence context, so they join the caller's transaction. Core classes are final, hence
 * {@code @Dependent}.
 */
@ApplicationScoped
public class AppraisalProducers {

    @PersistenceContext(unitName = "civility")
    EntityManager em;

    @Produces
    public HouseholdRepository householdRepository() {
        return new JpaHouseholdRepository(em);
    }

    @Produces
    public AppraisalCampaignRepository appraisalCampaignRepository() {
        return new JpaAppraisalCampaignRepository(em);
    }

    @Produces
    public AppraisalService appraisalService(HouseholdRepository households, AppraisalCampaignRepository campaigns,
                                             AccessControl access, PolicySettings settings, Clock clock,
                                             IdSource ids, EventPublisher events) {
        return new AppraisalService(households, campaigns, access, settings, clock, ids, events);
    }

    @Produces
    public FeatureSettings appraisalSettings() {
        return FeatureSettings.of("appraisal", AppraisalSettings.NOTICE_DAYS);
    }
}
