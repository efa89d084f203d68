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
     * @throws CivilityException {@link AccessError#OUTSIDE_SUBTREE} if not permitted; it names the actor and the
     *                           permission, not the unit, which may be that of something in another branch the actor
     *                           asked for by id
     */
    public void require(Actor actor, Permission permission, UnitId unit) {
        if (!permits(actor, permission, unit)) {
            throw CivilityException.of(AccessError.OUTSIDE_SUBTREE, "actor", actor.name(), "permission",
                    permission.name());
        }
    }

    /**
     * Requires that something a command refers to belongs to the subtree of the unit the command acts at: a
     * volunteer paired or offered an order there, a team, a venue booking. Checked before anything else about the
     * referenced thing is looked at, so a command cannot probe another subtree.
     *
     * @param referenced the unit the referenced thing belongs to (a volunteer's home unit, a team's unit)
     * @param acting     the unit the command acts at
     * @param what       what is referenced, e.g. {@code volunteer}
     * @param id         its id as the caller gave it
     * @throws CivilityException {@link AccessError#REFERENCE_OUTSIDE_SUBTREE} if {@code referenced} is not
     *                           {@code acting} or below it; its arguments never name {@code referenced}
     */
    public void requireWithin(UnitId referenced, UnitId acting, String what, Object id) {
        if (!hierarchy.isWithin(referenced, acting)) {
            throw CivilityException.of(AccessError.REFERENCE_OUTSIDE_SUBTREE, "what", what, "id", id);
        }
    }

    /**
     * As {@link #requireWithin}, but what the command refers to may also belong to one of the acting unit's
     * ancestors: a station's volunteer whose service its practice point records, a station's venue booking an
     * activity at its point uses. Never a unit beside the acting one (another branch).
     *
     * @throws CivilityException {@link AccessError#REFERENCE_OUTSIDE_SUBTREE} if {@code referenced} is neither
     *                           {@code acting}, below it nor above it
     */
    public void requireWithinOrAbove(UnitId referenced, UnitId acting, String what, Object id) {
        if (!hierarchy.isWithin(acting, referenced)) {
            requireWithin(referenced, acting, what, id);
        }
    }
}
