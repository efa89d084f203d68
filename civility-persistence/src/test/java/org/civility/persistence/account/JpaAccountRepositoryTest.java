package org.civility.persistence.account;

import org.civility.core.account.AccountRepository;
import org.civility.core.contract.AccountRepositoryContract;
import org.civility.persistence.testing.TestStore;

class JpaAccountRepositoryTest extends AccountRepositoryContract {

    @Override
    protected AccountRepository repository() {
        return TestStore.get().repository(AccountRepository.class, JpaAccountRepository::new);
    }
}
