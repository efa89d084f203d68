package org.civility.persistence.account;

import org.civility.core.account.SignInSessionRepository;
import org.civility.core.contract.SignInSessionRepositoryContract;
import org.civility.persistence.testing.TestStore;

class JpaSignInSessionRepositoryTest extends SignInSessionRepositoryContract {

    @Override
    protected SignInSessionRepository repository() {
        return TestStore.get().repository(SignInSessionRepository.class, JpaSignInSessionRepository::new);
    }
}
