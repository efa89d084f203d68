package org.civility.web.security;

import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.account.Account;
import org.civility.core.account.AccountId;
import org.civility.core.account.PasswordHash;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountVolunteerLinkerTest {

    private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");

    private final UnitId station = UnitId.of(UUID.randomUUID().toString());

    private Account resident() {
        return Account.createWithPassword(new AccountId(UUID.randomUUID()), "resident", "村民",
                new PasswordHash("hash"), false, Set.of(new RoleGrant(Role.RESIDENT, station)), NOW);
    }

    @Test
    void aLinkedAccountActsAsTheVolunteerWithTheVolunteerRoleAtTheHomeUnitBesideItsOtherRoles() {
        // given
        VolunteerId volunteer = new VolunteerId(UUID.randomUUID());

        // when
        Account linked = AccountVolunteerLinker.linked(resident(), volunteer, station, NOW);

        // then
        assertThat(linked.volunteer()).contains(volunteer);
        assertThat(linked.grants()).containsExactlyInAnyOrder(new RoleGrant(Role.RESIDENT, station),
                new RoleGrant(Role.VOLUNTEER, station));
        assertThat(linked.toActor().volunteerId()).contains(volunteer.value());
        assertThat(linked.passwordHash()).contains(new PasswordHash("hash"));
        assertThat(linked.personName()).isEqualTo("村民");
    }

    @Test
    void anAccountLinkedAlreadyIsNotLinkedAgain() {
        // given
        Account volunteer = AccountVolunteerLinker.linked(resident(), new VolunteerId(UUID.randomUUID()), station, NOW);

        // then
        assertThatThrownBy(() -> AccountVolunteerLinker.linked(volunteer, new VolunteerId(UUID.randomUUID()), station,
                NOW))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("VOLUNTEER-ALREADY-LINKED"));
    }
}
