package org.civility.core.memory;

import org.civility.core.account.SignUpCodeRepository;
import org.civility.core.contract.SignUpCodeRepositoryContract;

class InMemorySignUpCodeRepositoryTest extends SignUpCodeRepositoryContract {

    private final InMemorySignUpCodeRepository repository = new InMemorySignUpCodeRepository();

    @Override
    protected SignUpCodeRepository repository() {
        return repository;
    }
}
