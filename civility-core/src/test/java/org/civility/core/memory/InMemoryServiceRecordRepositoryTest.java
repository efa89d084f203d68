package org.civility.core.memory;

import org.civility.core.contract.ServiceRecordRepositoryContract;
import org.civility.core.record.ServiceRecordRepository;

class InMemoryServiceRecordRepositoryTest extends ServiceRecordRepositoryContract {

    private final InMemoryServiceRecordRepository repository = new InMemoryServiceRecordRepository();

    @Override
    protected ServiceRecordRepository repository() {
        return repository;
    }
}
