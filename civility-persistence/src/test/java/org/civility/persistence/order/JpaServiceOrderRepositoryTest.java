package org.civility.persistence.order;

import org.civility.core.contract.ServiceOrderRepositoryContract;
import org.civility.core.order.ServiceOrderRepository;
import org.civility.persistence.testing.TestStore;

class JpaServiceOrderRepositoryTest extends ServiceOrderRepositoryContract {

    @Override
    protected ServiceOrderRepository repository() {
        return TestStore.get().repository(ServiceOrderRepository.class, JpaServiceOrderRepository::new);
    }
}
