package org.civility.core.access;

import java.util.EnumSet;
import java.util.UUID;

import org.civility.core.organisation.UnitId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActorTest {

    private final UnitId station = new UnitId(UUID.randomUUID());
    private final UnitId institute = new UnitId(UUID.randomUUID());

    @Test
    void listsPerUnitTheUnionOfThePermissionsOfTheRolesHeldThere() {
        // given
        Actor actor = Actor.of("li", new RoleGrant(Role.DUTY_STAFF, station), new RoleGrant(Role.COMMITTEE, station),
                new RoleGrant(Role.RESIDENT, institute));

        // then
        assertThat(actor.permissionsByUnit()).containsOnlyKeys(station, institute);
        assertThat(actor.permissionsByUnit().get(station)).isEqualTo(EnumSet.of(Permission.VIEW,
                Permission.BOOK_VENUES, Permission.SIGN_VENUE_CHECKLIST, Permission.PLACE_ORDERS_FOR_RESIDENTS,
                Permission.APPROVE_VENUE_USE, Permission.CONFIRM_RECOMMENDATIONS));
        assertThat(actor.permissionsByUnit().get(institute)).isEqualTo(Role.RESIDENT.permissions());
        assertThat(Actor.of("nobody").permissionsByUnit()).isEmpty();
        assertThat(Actor.of("head", RoleGrant.installation(Role.HEAD)).permissionsByUnit())
                .containsExactly(java.util.Map.entry(UnitId.INSTALLATION, EnumSet.allOf(Permission.class)));
    }
}
