package org.civility.core.memory;

import org.civility.core.contract.ImportProgressRepositoryContract;
import org.civility.core.volunteer.ImportProgressRepository;

class InMemoryImportProgressRepositoryTest extends ImportProgressRepositoryContract {

    private final ImportProgressRepository repository = new InMemoryImportProgressRepository();

    @Override
    protected ImportProgressRepository repository() {
        return repository;
    }
}
