package org.civility.persistence.organisation;

import org.civility.core.contract.UnitRepositoryContract;
import org.civility.core.organisation.UnitRepository;
import org.civility.persistence.testing.TestStore;

class JpaUnitRepositoryTest extends UnitRepositoryContract {

    private final UnitRepository repository = TestStore.get().repository(UnitRepository.class, JpaUnitRepository::new);

    @Override
    protected UnitRepository repository() {
        return repository;
    }
}
