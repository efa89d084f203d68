package org.civility.core.order;

import java.util.Collection;
import java.util.Set;

import org.civility.core.matching.Skills;
import org.civility.core.organisation.UnitId;

import static java.util.Objects.requireNonNull;

/**
 * An item of a unit's project menu (项目清单): a service residents can order. Lifecycle: active when listed;
 * {@link #withdraw()} takes it off the menu (orders keep pointing at it), {@link #relist()} puts it back.
 * {@link #requireSkills} names the skills a volunteer needs to serve it (normalised tags; none: anyone can), which
 * matching compares with the resource list.
 */
public final class MenuItem {

    private final MenuItemId id;
    private final UnitId unit;
    private String name;
    private String description;
    private boolean active;
    private Set<String> skills;
    private final long version;

    private MenuItem(MenuItemId id, UnitId unit, String name, String description, boolean active,
                     Collection<String> skills, long version) {
        this.id = requireNonNull(id, "id");
        this.unit = requireNonNull(unit, "unit");
        this.name = Texts.require(name, "name", 200);
        this.description = Texts.optional(description, "description", ServiceOrder.MAX_TEXT);
        this.active = active;
        this.skills = Skills.normalise(requireNonNull(skills, "skills"));
        this.version = version;
    }

    /** A new item without required skills. */
    public static MenuItem list(MenuItemId id, UnitId unit, String name, String description) {
        return new MenuItem(id, unit, name, description, true, Set.of(), 0);
    }

    /** Restores an item without required skills. */
    public static MenuItem restore(MenuItemId id, UnitId unit, String name, String description, boolean active,
                                   long version) {
        return new MenuItem(id, unit, name, description, active, Set.of(), version);
    }

    /** Restores an item with its required skills. */
    public static MenuItem restore(MenuItemId id, UnitId unit, String name, String description, boolean active,
                                   Collection<String> skills, long version) {
        return new MenuItem(id, unit, name, description, active, skills, version);
    }

    /** Replaces the skills a volunteer needs to serve this item (empty: anyone can). */
    public void requireSkills(Collection<String> skills) {
        this.skills = Skills.normalise(requireNonNull(skills, "skills"));
    }

    /** The normalised skill tags needed, sorted; empty when anyone can serve. */
    public Set<String> skills() {
        return skills;
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
