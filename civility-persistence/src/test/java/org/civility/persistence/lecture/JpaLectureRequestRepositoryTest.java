package org.civility.persistence.lecture;

import org.civility.core.contract.LectureRequestRepositoryContract;
import org.civility.core.lecture.LectureRequestRepository;
import org.civility.persistence.testing.TestStore;

class JpaLectureRequestRepositoryTest extends LectureRequestRepositoryContract {

    @Override
    protected LectureRequestRepository repository() {
        return TestStore.get().repository(LectureRequestRepository.class, JpaLectureRequestRepository::new);
    }
}
