package org.civility.core.order;

import java.util.function.Consumer;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.ExpectedVersion;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.spi.IdSource;

import static java.util.Objects.requireNonNull;

/**
 * Units' project menus (项目清单): what residents can order.
 *
 * <p>Access: staff list, describe, withdraw and relist items with MANAGE_ACTIVITIES at the item's unit and see the
 * whole menu, withdrawn items included; anyone who may VIEW the unit (residents included) browses its active menu.
 */
public final class MenuService {

    private final MenuItemRepository items;
    private final AccessControl access;
    private final IdSource ids;

    public MenuService(MenuItemRepository items, AccessControl access, IdSource ids) {
        this.items = requireNonNull(items, "items");
        this.access = requireNonNull(access, "access");
        this.ids = requireNonNull(ids, "ids");
    }

    /** Puts a new item on the unit's menu, active. */
    public MenuItem list(Actor actor, ListMenuItem command) {
        access.require(actor, Permission.MANAGE_ACTIVITIES, command.unit());
        MenuItem item = MenuItem.list(new MenuItemId(ids.nextId()), command.unit(), command.name(),
                command.description());
        item.requireSkills(command.skills());
        return items.store(item);
    }

    /** Changes an item's name and description, and its skills when given. */
    public MenuItem describe(Actor actor, DescribeMenuItem command) {
        return change(actor, command.item(), command.expectedVersion(), i -> {
            i.describe(command.name(), command.description());
            if (command.skills() != null) {
                i.requireSkills(command.skills());
            }
        });
    }

    /** Takes an item off the menu; orders placed for it keep pointing at it. */
    public MenuItem withdraw(Actor actor, MenuItemId id, Long expectedVersion) {
        return change(actor, id, expectedVersion, MenuItem::withdraw);
    }

    /** Puts a withdrawn item back on the menu. */
    public MenuItem relist(Actor actor, MenuItemId id, Long expectedVersion) {
        return change(actor, id, expectedVersion, MenuItem::relist);
    }

    /** One item, for anyone who may view its unit. */
    public MenuItem get(Actor actor, MenuItemId id) {
        MenuItem item = load(id);
        access.require(actor, Permission.VIEW, item.unit());
        return item;
    }

    /** The unit's active menu, for anyone who may view the unit (residents browse it to order). */
    public Page<MenuItem> activeMenu(Actor actor, UnitId unit, PageRequest page) {
        access.require(actor, Permission.VIEW, unit);
        return items.byUnit(unit, true, page);
    }

    /** The unit's whole menu, withdrawn items included, for its staff. */
    public Page<MenuItem> wholeMenu(Actor actor, UnitId unit, PageRequest page) {
        access.require(actor, Permission.MANAGE_ACTIVITIES, unit);
        return items.byUnit(unit, false, page);
    }

    /**
     * The item a resident orders at {@code unit}: it must be active and on that unit's own menu.
     *
     * @throws CivilityException NOT-FOUND for an unknown item, ORDER-ITEM-UNAVAILABLE for a withdrawn item or one
     *                           of another unit's menu
     */
    public MenuItem orderable(MenuItemId id, UnitId unit) {
        requireNonNull(unit, "unit");
        MenuItem item = load(id);
        if (!item.active() || !item.unit().equals(unit)) {
            throw CivilityException.of(OrderError.ITEM_UNAVAILABLE, "item", id, "unit", unit);
        }
        return item;
    }

    private MenuItem change(Actor actor, MenuItemId id, Long expectedVersion, Consumer<MenuItem> step) {
        MenuItem item = load(id);
        access.require(actor, Permission.MANAGE_ACTIVITIES, item.unit());
        ExpectedVersion.check("menuItem", id, expectedVersion, item.version());
        step.accept(item);
        return items.store(item);
    }

    private MenuItem load(MenuItemId id) {
        requireNonNull(id, "id");
        return items.find(id).orElseThrow(() -> CivilityException.of(SharedError.NOT_FOUND, "what", "menuItem", "id", id));
    }
}
