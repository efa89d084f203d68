package org.civility.persistence.account;

import org.civility.core.account.SignUpCodeRepository;
import org.civility.core.contract.SignUpCodeRepositoryContract;
import org.civility.persistence.testing.TestStore;

class JpaSignUpCodeRepositoryTest extends SignUpCodeRepositoryContract {

    @Override
    protected SignUpCodeRepository repository() {
        return TestStore.get().repository(SignUpCodeRepository.class, JpaSignUpCodeRepository::new);
    }
}
