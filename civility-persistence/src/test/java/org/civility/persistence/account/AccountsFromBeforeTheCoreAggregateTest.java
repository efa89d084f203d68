package org.civility.persistence.account;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.account.Account;
import org.civility.core.account.AccountRepository;
import org.civility.core.account.AccountService;
import org.civility.core.account.AccountState;
import org.civility.core.account.PasswordStrengthPolicy;
import org.civility.core.account.SignInResult;
import org.civility.core.account.SignInThrottlePolicy;
import org.civility.core.audit.AuditTrail;
import org.civility.core.organisation.UnitId;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.persistence.audit.JpaAuditTrail;
import org.civility.persistence.testing.TestStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civility.core.fixtures.AccountFixtures.DEMO_PASSWORD;
import static org.civility.core.fixtures.AccountFixtures.FAST_HASHER;
import static org.civility.core.fixtures.AccountFixtures.SOTERIA_DEMO_HASH;

/**
 * Accounts written the way the portal wrote them before accounts were core aggregates (through {@link AccountStore},
 * hashed by Jakarta Security) sign in through {@link AccountService} over {@link JpaAccountRepository}, and their
 * hash is upgraded; {@link AccountStore} keeps working beside it.
 */
class AccountsFromBeforeTheCoreAggregateTest {

    private final TestStore store = TestStore.get();
    private final AccountRepository accounts = store.repository(AccountRepository.class, JpaAccountRepository::new);
    private final AccountService service = new AccountService(accounts,
            store.repository(AuditTrail.class, JpaAuditTrail::new), new AccessControl((unit, ancestor) ->
            unit.equals(ancestor)), FAST_HASHER, PasswordStrengthPolicy.defaults(),
            SignInThrottlePolicy.defaults(Clock.systemUTC()), Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"),
            ZoneOffset.UTC), IdSource.random(), EventPublisher.none());

    @Test
    void aDemoAccountSignsInWithItsJakartaSecurityHashWhichIsThenUpgraded() {
        // given a demo account as DemoData saves it
        String username = "demo-" + UUID.randomUUID().toString().substring(0, 8);
        UnitId station = new UnitId(UUID.randomUUID());
        store.inTransaction(em -> new AccountStore(em).save(new StoredAccount(username, SOTERIA_DEMO_HASH, "王站长",
                Set.of(new RoleGrant(Role.HEAD, station)), Optional.empty())));

        // when
        SignInResult result = service.signIn(username, DEMO_PASSWORD, "127.0.0.1");

        // then
        assertThat(result).isInstanceOfSatisfying(SignInResult.SignedIn.class, s -> {
            assertThat(s.account().personName()).isEqualTo("王站长");
            assertThat(s.account().grants()).containsExactly(new RoleGrant(Role.HEAD, station));
        });
        Account upgraded = accounts.findByUsername(username).orElseThrow();
        assertThat(upgraded.passwordHash().orElseThrow().encoded()).startsWith("$pbkdf2-sha256$");
        assertThat(upgraded.state()).isEqualTo(AccountState.ACTIVE);
        assertThat(service.signIn(username, DEMO_PASSWORD, "127.0.0.1")).isInstanceOf(SignInResult.SignedIn.class);
        var read = new AtomicReference<Optional<StoredAccount>>();
        store.inTransaction(em -> read.set(new AccountStore(em).findByUsername(username)));
        assertThat(read.get().orElseThrow().passwordHash()).isEqualTo(upgraded.passwordHash().orElseThrow().encoded());
    }

    @Test
    void theOlderStoreNoLongerFindsADisabledAccount() {
        String username = "demo-" + UUID.randomUUID().toString().substring(0, 8);
        store.inTransaction(em -> new AccountStore(em).save(new StoredAccount(username, SOTERIA_DEMO_HASH, "李",
                Set.of(new RoleGrant(Role.RESIDENT, new UnitId(UUID.randomUUID()))), Optional.empty())));
        Account account = accounts.findByUsername(username).orElseThrow();

        account.disable(Instant.parse("2026-03-02T02:00:00Z"));
        accounts.store(account);

        var read = new AtomicReference<Optional<StoredAccount>>();
        store.inTransaction(em -> read.set(new AccountStore(em).findByUsername(username)));
        assertThat(read.get()).isEmpty();
    }
}
