package org.civility.core.record;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;

/**
 * Who keeps a unit's service records: staff with {@link Permission#MANAGE_ACTIVITIES} or
 * {@link Permission#REGISTER_VOLUNTEERS} at the unit or above it (heads and administrators). They make up and
 * correct time, review flagged entries, export the records and see volunteers' check-in locations; volunteers,
 * residents and other roles with only {@link Permission#VIEW} do not.
 */
final class RecordKeepers {

    private RecordKeepers() {
    }

    static boolean keeps(AccessControl access, Actor actor, UnitId unit) {
        return access.permits(actor, Permission.MANAGE_ACTIVITIES, unit)
                || access.permits(actor, Permission.REGISTER_VOLUNTEERS, unit);
    }

    /**
     * @throws CivilityException {@code ACCESS-DENIED} unless the actor keeps the unit's records
     */
    static void require(AccessControl access, Actor actor, UnitId unit) {
        if (!access.permits(actor, Permission.MANAGE_ACTIVITIES, unit)) {
            access.require(actor, Permission.REGISTER_VOLUNTEERS, unit);
        }
    }
}
