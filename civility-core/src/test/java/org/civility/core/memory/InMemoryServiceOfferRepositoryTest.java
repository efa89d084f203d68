package org.civility.core.memory;

import org.civility.core.contract.ServiceOfferRepositoryContract;
import org.civility.core.resource.ServiceOfferRepository;

class InMemoryServiceOfferRepositoryTest extends ServiceOfferRepositoryContract {

    private final ServiceOfferRepository repository = new InMemoryServiceOfferRepository();

    @Override
    protected ServiceOfferRepository repository() {
        return repository;
    }
}
