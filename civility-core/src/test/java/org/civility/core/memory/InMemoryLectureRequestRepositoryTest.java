package org.civility.core.memory;

import org.civility.core.contract.LectureRequestRepositoryContract;
import org.civility.core.lecture.LectureRequestRepository;

class InMemoryLectureRequestRepositoryTest extends LectureRequestRepositoryContract {

    private final LectureRequestRepository repository = new InMemoryLectureRequestRepository();

    @Override
    protected LectureRequestRepository repository() {
        return repository;
    }
}
