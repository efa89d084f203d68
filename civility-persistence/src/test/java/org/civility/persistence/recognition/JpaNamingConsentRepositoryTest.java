package org.civility.persistence.recognition;

import org.civility.core.contract.NamingConsentRepositoryContract;
import org.civility.core.recognition.NamingConsentRepository;
import org.civility.persistence.testing.TestStore;

/** The naming consent contract on the store chosen by {@code civility.test.store}. */
class JpaNamingConsentRepositoryTest extends NamingConsentRepositoryContract {

    private final NamingConsentRepository repository =
            TestStore.get().repository(NamingConsentRepository.class, JpaNamingConsentRepository::new);

    @Override
    protected NamingConsentRepository repository() {
        return repository;
    }
}
