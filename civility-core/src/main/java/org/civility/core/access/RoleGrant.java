package org.civility.core.access;

import org.civility.core.organisation.UnitId;

import static java.util.Objects.requireNonNull;

/** A role held at one unit; it covers the unit's subtree. */
public record RoleGrant(Role role, UnitId unit) {

    public RoleGrant {
        requireNonNull(role, "role");
        requireNonNull(unit, "unit");
    }

    /** A role over the whole installation, every unit included ({@link UnitId#INSTALLATION}). */
    public static RoleGrant installation(Role role) {
        return new RoleGrant(role, UnitId.INSTALLATION);
    }

    /** Whether this grant is held over the whole installation rather than at one unit. */
    public boolean installationWide() {
        return UnitId.INSTALLATION.equals(unit);
    }
}
