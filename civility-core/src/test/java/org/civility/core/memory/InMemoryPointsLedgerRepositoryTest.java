package org.civility.core.memory;

import org.civility.core.contract.PointsLedgerRepositoryContract;
import org.civility.core.recognition.PointsLedgerRepository;

class InMemoryPointsLedgerRepositoryTest extends PointsLedgerRepositoryContract {

    private final PointsLedgerRepository repository = new InMemoryPointsLedgerRepository();

    @Override
    protected PointsLedgerRepository repository() {
        return repository;
    }
}
