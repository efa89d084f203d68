package org.civility.core.memory;

import org.civility.core.contract.ServiceOrderRepositoryContract;
import org.civility.core.order.ServiceOrderRepository;

class InMemoryServiceOrderRepositoryTest extends ServiceOrderRepositoryContract {

    private final ServiceOrderRepository repository = new InMemoryServiceOrderRepository();

    @Override
    protected ServiceOrderRepository repository() {
        return repository;
    }
}
