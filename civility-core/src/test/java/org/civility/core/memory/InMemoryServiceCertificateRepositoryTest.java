package org.civility.core.memory;

import org.civility.core.certificate.ServiceCertificateRepository;
import org.civility.core.contract.ServiceCertificateRepositoryContract;

class InMemoryServiceCertificateRepositoryTest extends ServiceCertificateRepositoryContract {

    private final InMemoryServiceCertificateRepository repository = new InMemoryServiceCertificateRepository();

    @Override
    protected ServiceCertificateRepository repository() {
        return repository;
    }
}
