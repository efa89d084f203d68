package org.civility.persistence.resource;

import org.civility.core.contract.ServiceOfferRepositoryContract;
import org.civility.core.resource.ServiceOfferRepository;
import org.civility.persistence.testing.TestStore;

class JpaServiceOfferRepositoryTest extends ServiceOfferRepositoryContract {

    @Override
    protected ServiceOfferRepository repository() {
        return TestStore.get().repository(ServiceOfferRepository.class, JpaServiceOfferRepository::new);
    }
}
