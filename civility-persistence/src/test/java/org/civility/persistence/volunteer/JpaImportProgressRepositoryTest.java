package org.civility.persistence.volunteer;

import org.civility.core.contract.ImportProgressRepositoryContract;
import org.civility.core.volunteer.ImportProgressRepository;
import org.civility.persistence.testing.TestStore;

class JpaImportProgressRepositoryTest extends ImportProgressRepositoryContract {

    @Override
    protected ImportProgressRepository repository() {
        return TestStore.get().repository(ImportProgressRepository.class, JpaImportProgressRepository::new);
    }
}
