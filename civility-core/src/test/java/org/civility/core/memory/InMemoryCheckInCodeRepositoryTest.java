package org.civility.core.memory;

import org.civility.core.contract.CheckInCodeRepositoryContract;
import org.civility.core.record.CheckInCodeRepository;

class InMemoryCheckInCodeRepositoryTest extends CheckInCodeRepositoryContract {

    private final InMemoryCheckInCodeRepository repository = new InMemoryCheckInCodeRepository();

    @Override
    protected CheckInCodeRepository repository() {
        return repository;
    }
}
