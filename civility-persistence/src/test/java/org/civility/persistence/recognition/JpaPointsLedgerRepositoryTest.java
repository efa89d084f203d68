package org.civility.persistence.recognition;

import org.civility.core.contract.PointsLedgerRepositoryContract;
import org.civility.core.recognition.PointsLedgerRepository;
import org.civility.persistence.testing.TestStore;

/** The points ledger contract on the store chosen by {@code civility.test.store}. */
class JpaPointsLedgerRepositoryTest extends PointsLedgerRepositoryContract {

    private final PointsLedgerRepository repository =
            TestStore.get().repository(PointsLedgerRepository.class, JpaPointsLedgerRepository::new);

    @Override
    protected PointsLedgerRepository repository() {
        return repository;
    }
}
