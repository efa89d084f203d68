package org.civility.persistence.lecture;

import org.civility.core.contract.StudyPlanRepositoryContract;
import org.civility.core.lecture.StudyPlanRepository;
import org.civility.persistence.testing.TestStore;

/** Parent plans are stored first (fk_civ_study_plan_parent): the contract stores them through the repository. */
class JpaStudyPlanRepositoryTest extends StudyPlanRepositoryContract {

    @Override
    protected StudyPlanRepository repository() {
        return TestStore.get().repository(StudyPlanRepository.class, JpaStudyPlanRepository::new);
    }
}
