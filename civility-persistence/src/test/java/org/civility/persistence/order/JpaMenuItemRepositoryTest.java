package org.civility.persistence.order;

import org.civility.core.contract.MenuItemRepositoryContract;
import org.civility.core.order.MenuItemRepository;
import org.civility.persistence.testing.TestStore;

class JpaMenuItemRepositoryTest extends MenuItemRepositoryContract {

    @Override
    protected MenuItemRepository repository() {
        return TestStore.get().repository(MenuItemRepository.class, JpaMenuItemRepository::new);
    }
}
