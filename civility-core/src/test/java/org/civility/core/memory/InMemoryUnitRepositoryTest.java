package org.civility.core.memory;

import org.civility.core.contract.UnitRepositoryContract;
import org.civility.core.organisation.UnitRepository;

class InMemoryUnitRepositoryTest extends UnitRepositoryContract {

    private final InMemoryUnitRepository repository = new InMemoryUnitRepository();

    @Override
    protected UnitRepository repository() {
        return repository;
    }
}
