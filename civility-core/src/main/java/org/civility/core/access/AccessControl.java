package org.civility.core.access;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;

import static java.util.Objects.requireNonNull;

/**
 * Decides whether an actor may do something at a unit: some grant must give the permission at the
 * unit itself or at one of its ancestors, or over the whole installation ({@link RoleGrant#installationWide()}). Every core service calls this before acting, so a portal
 * that forgets a check in its own layer still cannot act outside an actor's subtree.
 */
public final class AccessControl {

    private final UnitHierarchy hierarchy;

    public AccessControl(UnitHierarchy hierarchy) {
        this.hierarchy = requireNonNull(hierarchy, "hierarchy");
    }

    public boolean permits(Actor actor, Permission permission, UnitId unit) {
        return actor.grants().stream().anyMatch(g -> g.role().grants(permission) && covers(g, unit));
    }

    /** Whether a grant reaches the unit: held there, at an ancestor, or over the whole installation. */
    public boolean covers(RoleGrant grant, UnitId unit) {
        return grant.installationWide() || hierarchy.isWithin(unit, grant.unit());
    }

    /**
     * @throws CivilityException {@link AccessError#OUTSIDE_SUBTREE} if not permitted
     */
    public void require(Actor actor, Permission permission, UnitId unit) {
        if (!permits(actor, permission, unit)) {
            throw CivilityException.of(AccessError.OUTSIDE_SUBTREE,
                    "actor", actor.name(), "permission", permission.name(), "unit", unit);
        }
    }
}
