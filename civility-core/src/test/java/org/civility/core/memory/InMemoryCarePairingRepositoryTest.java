package org.civility.core.memory;

import org.civility.core.assistance.CarePairingRepository;
import org.civility.core.assistance.CareRecipientRepository;
import org.civility.core.contract.CarePairingRepositoryContract;

class InMemoryCarePairingRepositoryTest extends CarePairingRepositoryContract {

    private final InMemoryCarePairingRepository repository = new InMemoryCarePairingRepository();
    private final InMemoryCareRecipientRepository recipients = new InMemoryCareRecipientRepository();

    @Override
    protected CarePairingRepository repository() {
        return repository;
    }

    @Override
    protected CareRecipientRepository recipients() {
        return recipients;
    }
}
