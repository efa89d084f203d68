package org.civility.persistence.certificate;

import org.civility.core.certificate.ServiceCertificateRepository;
import org.civility.core.contract.ServiceCertificateRepositoryContract;
import org.civility.persistence.testing.TestStore;

class JpaServiceCertificateRepositoryTest extends ServiceCertificateRepositoryContract {

    @Override
    protected ServiceCertificateRepository repository() {
        return TestStore.get().repository(ServiceCertificateRepository.class, JpaServiceCertificateRepository::new);
    }
}
