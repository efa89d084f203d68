package org.civility.core.memory;

import org.civility.core.contract.NamingConsentRepositoryContract;
import org.civility.core.recognition.NamingConsentRepository;

class InMemoryNamingConsentRepositoryTest extends NamingConsentRepositoryContract {

    private final NamingConsentRepository repository = new InMemoryNamingConsentRepository();

    @Override
    protected NamingConsentRepository repository() {
        return repository;
    }
}
