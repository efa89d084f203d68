package org.civility.core.memory;

import org.civility.core.activity.ActivityRepository;
import org.civility.core.contract.ActivityRepositoryContract;

class InMemoryActivityRepositoryTest extends ActivityRepositoryContract {

    private final InMemoryActivityRepository repository = new InMemoryActivityRepository();

    @Override
    protected ActivityRepository repository() {
        return repository;
    }
}
