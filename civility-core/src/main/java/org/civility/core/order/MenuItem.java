package org.civility.core.order;

import org.civility.core.organisation.UnitId;

import static java.util.Objects.requireNonNull;

/**
 * An item of a unit's project menu (项目清单): a service residents can order. Lifecycle: active when listed;
 * {@link #withdraw()} takes it off the menu (orders keep pointing at it), {@link #relist()} puts it back.
 */
public final class MenuItem {

    private final MenuItemId id;
    private final UnitId unit;
    private String name;
    private String description;
    private boolean active;
    private final long version;

    private MenuItem(MenuItemId id, UnitId unit, String name, String description, boolean active, long version) {
        this.id = requireNonNull(id, "id");
        this.unit = requireNonNull(unit, "unit");
        this.name = Texts.require(name, "name", 200);
        this.description = Texts.optional(description, "description", ServiceOrder.MAX_TEXT);
        this.active = active;
        this.version = version;
    }

    public static MenuItem list(MenuItemId id, UnitId unit, String name, String description) {
        return new MenuItem(id, unit, name, description, true, 0);
    }

    public static MenuItem restore(MenuItemId id, UnitId unit, String name, String description, boolean active,
                                   long version) {
        return new MenuItem(id, unit, name, description, active, version);
    }

    public void describe(String name, String description) {
        this.name = Texts.require(name, "name", 200);
        this.description = Texts.optional(description, "description", ServiceOrder.MAX_TEXT);
    }

    public void withdraw() {
        active = false;
    }

    public void relist() {
        active = true;
    }

    public MenuItemId id() {
        return id;
    }

    public UnitId unit() {
        return unit;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
