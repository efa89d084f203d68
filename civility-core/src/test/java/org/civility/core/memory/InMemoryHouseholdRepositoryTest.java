package org.civility.core.memory;

import org.civility.core.appraisal.HouseholdRepository;
import org.civility.core.contract.HouseholdRepositoryContract;

class InMemoryHouseholdRepositoryTest extends HouseholdRepositoryContract {

    private final InMemoryHouseholdRepository repository = new InMemoryHouseholdRepository();

    @Override
    protected HouseholdRepository repository() {
        return repository;
    }
}
