package org.civility.core.memory;

import org.civility.core.assistance.CareRecipientRepository;
import org.civility.core.contract.CareRecipientRepositoryContract;

class InMemoryCareRecipientRepositoryTest extends CareRecipientRepositoryContract {

    private final InMemoryCareRecipientRepository repository = new InMemoryCareRecipientRepository();

    @Override
    protected CareRecipientRepository repository() {
        return repository;
    }
}
