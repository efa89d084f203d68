package org.civility.core.memory;

import org.civility.core.appraisal.AppraisalCampaignRepository;
import org.civility.core.contract.AppraisalCampaignRepositoryContract;

class InMemoryAppraisalCampaignRepositoryTest extends AppraisalCampaignRepositoryContract {

    private final InMemoryAppraisalCampaignRepository repository = new InMemoryAppraisalCampaignRepository();

    @Override
    protected AppraisalCampaignRepository repository() {
        return repository;
    }
}
