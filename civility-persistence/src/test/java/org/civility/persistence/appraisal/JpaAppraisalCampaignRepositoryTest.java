package org.civility.persistence.appraisal;

import org.civility.core.appraisal.AppraisalCampaignRepository;
import org.civility.core.contract.AppraisalCampaignRepositoryContract;
import org.civility.persistence.testing.TestStore;

/** The appraisal campaign repository contract on the store chosen by {@code civility.test.store}. */
class JpaAppraisalCampaignRepositoryTest extends AppraisalCampaignRepositoryContract {

    private final AppraisalCampaignRepository repository =
            TestStore.get().repository(AppraisalCampaignRepository.class, JpaAppraisalCampaignRepository::new);

    @Override
    protected AppraisalCampaignRepository repository() {
        return repository;
    }
}
