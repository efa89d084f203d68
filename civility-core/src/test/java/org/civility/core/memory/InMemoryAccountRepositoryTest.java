package org.civility.core.memory;

import org.civility.core.account.AccountRepository;
import org.civility.core.contract.AccountRepositoryContract;

class InMemoryAccountRepositoryTest extends AccountRepositoryContract {

    private final AccountRepository repository = new InMemoryAccountRepository();

    @Override
    protected AccountRepository repository() {
        return repository;
    }
}
