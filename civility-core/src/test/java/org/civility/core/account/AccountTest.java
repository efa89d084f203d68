package org.civility.core.account;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.AccountFixtures.FAST_HASHER;
import static org.civility.core.fixtures.AccountFixtures.T0;
import static org.civility.core.fixtures.AccountFixtures.anAccount;

class AccountTest {

    private final UnitId station = new UnitId(UUID.randomUUID());
    private final UnitId point = new UnitId(UUID.randomUUID());

    @Test
    void anAccountCreatedWithAOneTimePasswordMustChangeItAndBecomesActiveWhenItDoes() {
        // given
        Account account = anAccount().holding(Role.DUTY_STAFF, station).withOneTimePassword().build();
        assertThat(account.state()).isEqualTo(AccountState.MUST_CHANGE_PASSWORD);
        assertThat(account.version()).isZero();

        // when
        PasswordHash chosen = FAST_HASHER.hash("我家门前有条小河");
        account.changePassword(chosen, T0.plusSeconds(60));

        // then
        assertThat(account.state()).isEqualTo(AccountState.ACTIVE);
        assertThat(account.passwordHash()).contains(chosen);
        assertThat(account.updatedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(account.createdAt()).isEqualTo(T0);
    }

    @Test
    void anAccountAtAnIdentityPlatformIsActiveAndHasNoPassword() {
        Account account = anAccount().external("https://id.example.gov.cn", "3301-0001").build();

        assertThat(account.state()).isEqualTo(AccountState.ACTIVE);
        assertThat(account.credential().kind()).isEqualTo(CredentialKind.EXTERNAL);
        assertThat(account.passwordHash()).isEmpty();
        assertThat(account.externalIdentity()).contains(new ExternalIdentity("https://id.example.gov.cn", "3301-0001"));
        assertThatThrownBy(() -> account.resetPassword(FAST_HASHER.hash("x"), T0))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("ACCOUNT-EXTERNAL-CREDENTIAL"));
    }

    @Test
    void anAccountIsCreatedWithAtLeastOneRole() {
        assertThatThrownBy(() -> Account.createWithPassword(new AccountId(UUID.randomUUID()), "li", "李", FAST_HASHER
                .hash("x"), true, Set.of(), T0))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCOUNT-NO-GRANT"));
    }

    @Test
    void rejectsMalformedUsernames() {
        for (String bad : new String[]{"", " ", "two words", "a".repeat(65), "tab\tname", "semi;colon"}) {
            assertThatThrownBy(() -> anAccount().named(bad).build())
                    .as(bad).isInstanceOfSatisfying(CivilityException.class,
                            e -> assertThat(e.code()).isEqualTo("ACCOUNT-INVALID"));
        }
        assertThat(anAccount().named("王站长").build().username()).isEqualTo("王站长");
        assertThat(anAccount().named("station-head.2@yd").build().username()).isEqualTo("station-head.2@yd");
    }

    @Test
    void grantingARoleHeldAlreadyChangesNothing() {
        Account account = anAccount().holding(Role.ADMINISTRATOR, station).build();

        assertThat(account.grant(new RoleGrant(Role.ADMINISTRATOR, station), T0.plusSeconds(5))).isFalse();
        assertThat(account.updatedAt()).isEqualTo(T0);
        assertThat(account.grant(new RoleGrant(Role.DUTY_STAFF, point), T0.plusSeconds(5))).isTrue();
        assertThat(account.grants()).containsExactlyInAnyOrder(new RoleGrant(Role.ADMINISTRATOR, station),
                new RoleGrant(Role.DUTY_STAFF, point));
        assertThat(account.units()).containsExactly(station, point);
    }

    @Test
    void theLastRoleIsNeverRevoked() {
        Account account = anAccount().holding(Role.ADMINISTRATOR, station).holding(Role.DUTY_STAFF, point).build();

        assertThat(account.revoke(new RoleGrant(Role.DUTY_STAFF, point), T0)).isTrue();
        assertThat(account.revoke(new RoleGrant(Role.HEAD, point), T0)).isFalse();
        assertThatThrownBy(() -> account.revoke(new RoleGrant(Role.ADMINISTRATOR, station), T0))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCOUNT-NO-GRANT"));
        assertThat(account.grants()).containsExactly(new RoleGrant(Role.ADMINISTRATOR, station));
    }

    @Test
    void aReEnabledPasswordAccountMustChooseANewPassword() {
        // given
        Account account = anAccount().build();

        // when
        assertThat(account.disable(T0.plusSeconds(1))).isTrue();
        assertThat(account.disable(T0.plusSeconds(2))).isFalse();

        // then
        assertThat(account.state()).isEqualTo(AccountState.DISABLED);
        assertThat(account.enable(T0.plusSeconds(3))).isTrue();
        assertThat(account.state()).isEqualTo(AccountState.MUST_CHANGE_PASSWORD);
        assertThat(account.enable(T0.plusSeconds(4))).isFalse();
    }

    @Test
    void aReEnabledExternalAccountIsActive() {
        Account account = anAccount().external("https://id.example.gov.cn", "s").build();
        account.disable(T0);
        account.enable(T0);

        assertThat(account.state()).isEqualTo(AccountState.ACTIVE);
    }

    @Test
    void aResetKeepsADisabledAccountDisabledAndOtherwiseAsksForANewPassword() {
        Account active = anAccount().build();
        Account disabled = anAccount().build();
        disabled.disable(T0);

        active.resetPassword(FAST_HASHER.hash("one-time-1"), T0);
        disabled.resetPassword(FAST_HASHER.hash("one-time-2"), T0);

        assertThat(active.state()).isEqualTo(AccountState.MUST_CHANGE_PASSWORD);
        assertThat(disabled.state()).isEqualTo(AccountState.DISABLED);
        assertThatThrownBy(() -> disabled.changePassword(FAST_HASHER.hash("mine"), T0))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCOUNT-DISABLED"));
    }

    @Test
    void anUpgradedHashKeepsTheState() {
        Account account = anAccount().withOneTimePassword().build();
        PasswordHash stronger = FAST_HASHER.hash("same");

        account.upgradeHash(stronger, T0.plusSeconds(9));

        assertThat(account.passwordHash()).contains(stronger);
        assertThat(account.state()).isEqualTo(AccountState.MUST_CHANGE_PASSWORD);
    }

    @Test
    void aVolunteerLinkIsNotReplacedByAnother() {
        Account account = anAccount().build();
        VolunteerId own = new VolunteerId(UUID.randomUUID());

        assertThat(account.linkVolunteer(own, T0)).isTrue();
        assertThat(account.linkVolunteer(own, T0)).isFalse();
        assertThatThrownBy(() -> account.linkVolunteer(new VolunteerId(UUID.randomUUID()), T0))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("ACCOUNT-VOLUNTEER-LINKED"));
        assertThat(account.toActor().volunteerId()).contains(own.value());
    }

    @Test
    void actsAsItsUsernameWithItsRoles() {
        Account account = anAccount().named("chengnan-admin").holding(Role.ADMINISTRATOR, station).build();

        assertThat(account.toActor().name()).isEqualTo("chengnan-admin");
        assertThat(account.toActor().grants()).containsExactly(new RoleGrant(Role.ADMINISTRATOR, station));
        assertThat(account.toActor().volunteerId()).isEmpty();
    }

    @Test
    void restoreRejectsAnExternalAccountThatMustChangeItsPassword() {
        assertThatThrownBy(() -> Account.restore(new AccountId(UUID.randomUUID()), "x", "X",
                new ExternalIdentity("https://id", "s"), AccountState.MUST_CHANGE_PASSWORD,
                Set.of(new RoleGrant(Role.RESIDENT, station)), Optional.empty(), T0, T0, 1))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("ACCOUNT-STATE-INVALID"));
    }

    @Test
    void neitherTheHashNorTheAccountPrintsTheHash() {
        Account account = anAccount().build();

        assertThat(account.passwordHash().orElseThrow().toString()).doesNotContain("pbkdf2");
        assertThat(account.toString()).doesNotContain("pbkdf2");
    }
}
