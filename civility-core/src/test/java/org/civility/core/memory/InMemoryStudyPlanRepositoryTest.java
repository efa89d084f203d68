package org.civility.core.memory;

import org.civility.core.contract.StudyPlanRepositoryContract;
import org.civility.core.lecture.StudyPlanRepository;

class InMemoryStudyPlanRepositoryTest extends StudyPlanRepositoryContract {

    private final StudyPlanRepository repository = new InMemoryStudyPlanRepository();

    @Override
    protected StudyPlanRepository repository() {
        return repository;
    }
}
