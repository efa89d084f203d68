package org.civility.web.security;

import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.volunteer.VolunteerId;
import org.civility.persistence.account.StoredAccount;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountVolunteerLinkerTest {

    private final UnitId station = UnitId.of(UUID.randomUUID().toString());
    private final StoredAccount resident = new StoredAccount("resident", "hash", "村民",
            Set.of(new RoleGrant(Role.RESIDENT, station)), Optional.empty());

    @Test
    void aLinkedAccountActsAsTheVolunteerWithTheVolunteerRoleAtTheHomeUnitBesideItsOtherRoles() {
        // given
        VolunteerId volunteer = new VolunteerId(UUID.randomUUID());

        // when
        StoredAccount linked = AccountVolunteerLinker.linked(resident, volunteer, station);

        // then
        assertThat(linked.volunteerId()).contains(volunteer.value());
        assertThat(linked.grants()).containsExactlyInAnyOrder(new RoleGrant(Role.RESIDENT, station),
                new RoleGrant(Role.VOLUNTEER, station));
        assertThat(linked.toActor().volunteerId()).contains(volunteer.value());
        assertThat(linked.passwordHash()).isEqualTo("hash");
        assertThat(linked.displayName()).isEqualTo("村民");
    }

    @Test
    void anAccountLinkedAlreadyIsNotLinkedAgain() {
        // given
        UUID own = UUID.randomUUID();
        StoredAccount volunteer = new StoredAccount("volunteer", "hash", "周晓明",
                Set.of(new RoleGrant(Role.VOLUNTEER, station)), Optional.of(own));

        // then
        assertThatThrownBy(() -> AccountVolunteerLinker.linked(volunteer, new VolunteerId(UUID.randomUUID()), station))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("VOLUNTEER-ALREADY-LINKED"));
    }
}
