package org.civility.core.access;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.civility.core.organisation.UnitId;

import static java.util.Objects.requireNonNull;

/**
 * Whoever issues a command: a person signed in to the portal, or the system itself. Holds roles at
 * units; may be linked to the volunteer record that is their own (so they see it unmasked).
 *
 * @param name        the login name, never null
 * @param grants      roles at units, never null
 * @param volunteerId the id of the actor's own volunteer record, if any
 */
public record Actor(String name, Set<RoleGrant> grants, Optional<UUID> volunteerId) {

    public Actor {
        requireNonNull(name, "name");
        grants = Set.copyOf(grants);
        requireNonNull(volunteerId, "volunteerId");
    }

    public static Actor of(String name, RoleGrant... grants) {
        return new Actor(name, Set.of(grants), Optional.empty());
    }

    /** The same actor, linked to its own volunteer record. */
    public Actor asVolunteer(UUID volunteer) {
        return new Actor(name, grants, Optional.of(volunteer));
    }

    /**
     * What the actor may do at each unit of its grants, by core's table of roles ({@link Role#permissions()}): the
     * union over the roles it holds there. A permission held at a unit covers the unit's subtree too, as
     * {@link AccessControl} decides; this lists where each was granted, for a client that shows only what may be done.
     */
    public Map<UnitId, Set<Permission>> permissionsByUnit() {
        Map<UnitId, Set<Permission>> byUnit = new TreeMap<>(Comparator.comparing(UnitId::toString));
        for (RoleGrant grant : grants) {
            byUnit.computeIfAbsent(grant.unit(), u -> EnumSet.noneOf(Permission.class))
                    .addAll(grant.role().permissions());
        }
        return byUnit;
    }
}
