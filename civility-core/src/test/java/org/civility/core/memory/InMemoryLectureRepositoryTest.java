package org.civility.core.memory;

import org.civility.core.contract.LectureRepositoryContract;
import org.civility.core.lecture.LectureRepository;

class InMemoryLectureRepositoryTest extends LectureRepositoryContract {

    private final LectureRepository repository = new InMemoryLectureRepository();

    @Override
    protected LectureRepository repository() {
        return repository;
    }
}
