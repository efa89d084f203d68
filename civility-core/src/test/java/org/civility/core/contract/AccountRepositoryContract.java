package org.civility.core.contract;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.account.Account;
import org.civility.core.account.AccountId;
import org.civility.core.account.AccountRepository;
import org.civility.core.account.AccountState;
import org.civility.core.account.ExternalIdentity;
import org.civility.core.account.PasswordHash;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.AccountFixtures.FAST_HASHER;
import static org.civility.core.fixtures.AccountFixtures.aUsername;
import static org.civility.core.fixtures.AccountFixtures.anAccount;

/**
 * What every {@link AccountRepository} must do. The store is never assumed empty: each test uses usernames, units
 * and identities of its own.
 */
public abstract class AccountRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-03-01T01:00:00.123456Z");

    protected abstract AccountRepository repository();

    /** A fresh unit; override to create the unit's row first. */
    protected UnitId aUnit() {
        return new UnitId(UUID.randomUUID());
    }

    @Test
    void storesAndFindsEveryFieldOfAPasswordAccountThroughItsLifecycle() {
        // given
        UnitId station = aUnit();
        UnitId point = aUnit();
        String username = aUsername();
        PasswordHash oneTime = FAST_HASHER.hash("one-time-password");
        Account account = anAccount().named(username).personName("王晓红").holding(Role.DUTY_STAFF, station)
                .holding(Role.COMMITTEE, point).withHash(oneTime).withOneTimePassword().at(T0).build();

        // when
        Account stored = repository().store(account);

        // then
        assertThat(stored.version()).isEqualTo(1);
        Account found = repository().find(account.id()).orElseThrow();
        assertThat(found.id()).isEqualTo(account.id());
        assertThat(found.username()).isEqualTo(username);
        assertThat(found.personName()).isEqualTo("王晓红");
        assertThat(found.credential()).isEqualTo(oneTime);
        assertThat(found.state()).isEqualTo(AccountState.MUST_CHANGE_PASSWORD);
        assertThat(found.grants()).containsExactlyInAnyOrder(new RoleGrant(Role.DUTY_STAFF, station),
                new RoleGrant(Role.COMMITTEE, point));
        assertThat(found.volunteer()).isEmpty();
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.updatedAt()).isEqualTo(T0);
        assertThat(found.version()).isEqualTo(1);

        // when changed
        PasswordHash own = FAST_HASHER.hash("文化礼堂门前的老槐树");
        VolunteerId volunteer = new VolunteerId(UUID.randomUUID());
        found.changePassword(own, T0.plusSeconds(60));
        found.revoke(new RoleGrant(Role.COMMITTEE, point), T0.plusSeconds(61));
        found.grant(new RoleGrant(Role.ADMINISTRATOR, point), T0.plusSeconds(62));
        found.linkVolunteer(volunteer, T0.plusSeconds(63));
        found.disable(T0.plusSeconds(64));
        assertThat(repository().store(found).version()).isEqualTo(2);

        // then
        Account changed = repository().findByUsername(username).orElseThrow();
        assertThat(changed.credential()).isEqualTo(own);
        assertThat(changed.state()).isEqualTo(AccountState.DISABLED);
        assertThat(changed.grants()).containsExactlyInAnyOrder(new RoleGrant(Role.DUTY_STAFF, station),
                new RoleGrant(Role.ADMINISTRATOR, point));
        assertThat(changed.volunteer()).contains(volunteer);
        assertThat(changed.createdAt()).isEqualTo(T0);
        assertThat(changed.updatedAt()).isEqualTo(T0.plusSeconds(64));
        assertThat(changed.version()).isEqualTo(2);
    }

    @Test
    void knowsThatAccountsExistOnceOneIsStored() {
        Account account = Account.createWithPassword(new AccountId(UUID.randomUUID()),
                aUsername(), "张三", FAST_HASHER.hash("x"),
                false, Set.of(new RoleGrant(Role.HEAD, aUnit())), Instant.parse("2026-12-01T00:00:00Z"));

        repository().store(account);

        assertThat(repository().any()).isTrue();
    }

    @Test
    void storesAndFindsAnAccountAtAnIdentityPlatform() {
        ExternalIdentity identity = new ExternalIdentity("https://id.zj.gov.cn/realms/civility",
                "f3c1-" + UUID.randomUUID());
        Account account = anAccount().external(identity.issuer(), identity.subject()).holding(Role.LECTURER, aUnit())
                .build();

        repository().store(account);

        Account found = repository().findByExternalIdentity(identity).orElseThrow();
        assertThat(found.id()).isEqualTo(account.id());
        assertThat(found.credential()).isEqualTo(identity);
        assertThat(found.passwordHash()).isEmpty();
        assertThat(repository().findByExternalIdentity(new ExternalIdentity(identity.issuer(), "other"))).isEmpty();
        assertThat(repository().findByExternalIdentity(new ExternalIdentity("https://elsewhere", identity.subject())))
                .isEmpty();
    }

    @Test
    void findsNothingForAnUnknownIdOrName() {
        assertThat(repository().find(new AccountId(UUID.randomUUID()))).isEmpty();
        assertThat(repository().findByUsername(aUsername())).isEmpty();
    }

    @Test
    void usernamesAreCaseSensitive() {
        String username = aUsername();
        repository().store(anAccount().named(username).build());

        assertThat(repository().findByUsername(username.toUpperCase())).isEmpty();
    }

    @Test
    void rejectsAStaleVersion() {
        Account account = anAccount().holding(Role.DUTY_STAFF, aUnit()).build();
        repository().store(account);
        Account first = repository().find(account.id()).orElseThrow();
        Account second = repository().find(account.id()).orElseThrow();
        first.disable(Instant.now());
        repository().store(first);
        second.resetPassword(FAST_HASHER.hash("x"), Instant.now());

        assertThatThrownBy(() -> repository().store(second)).isInstanceOfSatisfying(CivilityException.class,
                e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
        assertThat(repository().find(account.id()).orElseThrow().state()).isEqualTo(AccountState.DISABLED);
    }

    @Test
    void aNewAccountWithAStoredIdIsStale() {
        Account account = anAccount().build();
        repository().store(account);

        assertThatThrownBy(() -> repository().store(account)).isInstanceOfSatisfying(CivilityException.class,
                e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
    }

    @Test
    void aUsernameBelongsToOneAccount() {
        String username = aUsername();
        repository().store(anAccount().named(username).build());

        assertThatThrownBy(() -> repository().store(anAccount().named(username).build()))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("ACCOUNT-USERNAME-TAKEN"));
    }

    @Test
    void anExternalIdentityBelongsToOneAccount() {
        String subject = "s-" + UUID.randomUUID();
        repository().store(anAccount().external("https://id.zj.gov.cn", subject).build());

        assertThatThrownBy(() -> repository().store(anAccount().external("https://id.zj.gov.cn", subject).build()))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("ACCOUNT-EXTERNAL-IDENTITY-TAKEN"));
    }

    @Test
    void listsTheAccountsWithARoleAtExactlyAUnitByUsernameInPages() {
        // given
        UnitId unit = aUnit();
        UnitId below = aUnit();
        String prefix = "list-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        repository().store(anAccount().named(prefix + "c").holding(Role.DUTY_STAFF, unit).build());
        repository().store(anAccount().named(prefix + "a").holding(Role.HEAD, unit).holding(Role.RESIDENT, unit)
                .build());
        repository().store(anAccount().named(prefix + "b").holding(Role.COMMITTEE, unit).build());
        repository().store(anAccount().named(prefix + "d").holding(Role.DUTY_STAFF, below).build());

        // when
        Page<Account> first = repository().byUnit(unit, PageRequest.first(2));
        Page<Account> second = repository().byUnit(unit, new PageRequest(2, 2));

        // then
        assertThat(first.items()).extracting(Account::username).containsExactly(prefix + "a", prefix + "b");
        assertThat(first.hasMore()).isTrue();
        assertThat(second.items()).extracting(Account::username).containsExactly(prefix + "c");
        assertThat(second.hasMore()).isFalse();
        assertThat(first.items().getFirst().grants()).hasSize(2);
    }

    @Test
    void restoresAnAccountWithoutAVolunteer() {
        Account account = Account.restore(new AccountId(UUID.randomUUID()), aUsername(), "李", FAST_HASHER.hash("x"),
                AccountState.ACTIVE, Set.of(new RoleGrant(Role.RESIDENT, aUnit())), Optional.empty(), T0, T0, 0);

        assertThat(repository().store(account).volunteer()).isEmpty();
    }
}
