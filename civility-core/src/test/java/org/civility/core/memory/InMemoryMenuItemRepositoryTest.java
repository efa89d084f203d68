package org.civility.core.memory;

import org.civility.core.contract.MenuItemRepositoryContract;
import org.civility.core.order.MenuItemRepository;

class InMemoryMenuItemRepositoryTest extends MenuItemRepositoryContract {

    private final MenuItemRepository repository = new InMemoryMenuItemRepository();

    @Override
    protected MenuItemRepository repository() {
        return repository;
    }
}
