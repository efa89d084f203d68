package org.civility.persistence.lecture;

import org.civility.core.contract.LectureRepositoryContract;
import org.civility.core.lecture.LectureRepository;
import org.civility.persistence.testing.TestStore;

class JpaLectureRepositoryTest extends LectureRepositoryContract {

    @Override
    protected LectureRepository repository() {
        return TestStore.get().repository(LectureRepository.class, JpaLectureRepository::new);
    }
}
