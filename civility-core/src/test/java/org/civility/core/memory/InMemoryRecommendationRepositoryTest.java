package org.civility.core.memory;

import org.civility.core.appraisal.RecommendationRepository;
import org.civility.core.contract.RecommendationRepositoryContract;

class InMemoryRecommendationRepositoryTest extends RecommendationRepositoryContract {

    private final InMemoryRecommendationRepository repository = new InMemoryRecommendationRepository();

    @Override
    protected RecommendationRepository repository() {
        return repository;
    }
}
