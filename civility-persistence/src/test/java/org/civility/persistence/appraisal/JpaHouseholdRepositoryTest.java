package org.civility.persistence.appraisal;

import org.civility.core.appraisal.HouseholdRepository;
import org.civility.core.contract.HouseholdRepositoryContract;
import org.civility.persistence.testing.TestStore;

/** The household repository contract on the store chosen by {@code civility.test.store}. */
class JpaHouseholdRepositoryTest extends HouseholdRepositoryContract {

    private final HouseholdRepository repository =
            TestStore.get().repository(HouseholdRepository.class, JpaHouseholdRepository::new);

    @Override
    protected HouseholdRepository repository() {
        return repository;
    }
}
