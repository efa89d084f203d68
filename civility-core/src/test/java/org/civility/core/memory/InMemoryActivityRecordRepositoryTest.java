package org.civility.core.memory;

import org.civility.core.activity.ActivityRecordRepository;
import org.civility.core.contract.ActivityRecordRepositoryContract;

class InMemoryActivityRecordRepositoryTest extends ActivityRecordRepositoryContract {

    private final InMemoryActivityRecordRepository repository = new InMemoryActivityRecordRepository();

    @Override
    protected ActivityRecordRepository repository() {
        return repository;
    }
}
