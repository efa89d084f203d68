package org.civility.core.memory;

import org.civility.core.account.SignInSessionRepository;
import org.civility.core.contract.SignInSessionRepositoryContract;

class InMemorySignInSessionRepositoryTest extends SignInSessionRepositoryContract {

    private final InMemorySignInSessionRepository repository = new InMemorySignInSessionRepository();

    @Override
    protected SignInSessionRepository repository() {
        return repository;
    }
}
