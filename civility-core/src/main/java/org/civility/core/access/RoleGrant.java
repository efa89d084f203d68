package org.civility.core.access;

import org.civility.core.organisation.UnitId;

import static java.util.Objects.requireNonNull;

/** A role held at one unit; it covers the unit's subtree. */
public record RoleGrant(Role role, UnitId unit) {

    public RoleGrant {
        requireNonNull(role, "role");
        requireNonNull(unit, "unit");
    }
}
