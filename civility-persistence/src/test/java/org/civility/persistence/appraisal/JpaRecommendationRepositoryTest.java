package org.civility.persistence.appraisal;

import org.civility.core.appraisal.AppraisalCampaign;
import org.civility.core.appraisal.AppraisalCampaignRepository;
import org.civility.core.appraisal.RecommendationRepository;
import org.civility.core.contract.RecommendationRepositoryContract;
import org.civility.persistence.testing.TestStore;

import static org.civility.core.fixtures.AppraisalFixtures.aCampaign;

/** The recommendation repository contract (R-APPR-2) on the store chosen by {@code civility.test.store}. */
class JpaRecommendationRepositoryTest extends RecommendationRepositoryContract {

    private final RecommendationRepository repository =
            TestStore.get().repository(RecommendationRepository.class, JpaRecommendationRepository::new);

    @Override
    protected RecommendationRepository repository() {
        return repository;
    }

    /** Recommendations refer to stored campaigns (fk_civ_appraisal_recommendation_campaign). */
    @Override
    protected AppraisalCampaign aNominatingCampaign() {
        return TestStore.get().repository(AppraisalCampaignRepository.class, JpaAppraisalCampaignRepository::new)
                .store(aCampaign().build());
    }
}
