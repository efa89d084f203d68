package org.civility.persistence.account;

import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.organisation.UnitId;
import org.civility.persistence.testing.TestStore;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class AccountStoreTest {

    final TestStore store = TestStore.get();

    @Test
    void storesAnAccountWithItsGrantsAndReadsItBack() {
        var unit = new UnitId(UUID.randomUUID());
        var volunteer = UUID.randomUUID();
        var name = "acct-" + UUID.randomUUID().toString().substring(0, 8);
        var account = new StoredAccount(name, "hash", "王站长",
                Set.of(new RoleGrant(Role.HEAD, unit), new RoleGrant(Role.VOLUNTEER, unit)), Optional.of(volunteer));

        store.inTransaction(em -> new AccountStore(em).save(account));
        var read = new AtomicReference<Optional<StoredAccount>>();
        store.inTransaction(em -> read.set(new AccountStore(em).findByUsername(name)));

        assertThat(read.get()).contains(account);
        assertThat(read.get().orElseThrow().toActor().volunteerId()).contains(volunteer);
    }

    @Test
    void replacingAnAccountReplacesItsGrants() {
        var unit = new UnitId(UUID.randomUUID());
        var name = "acct-" + UUID.randomUUID().toString().substring(0, 8);
        store.inTransaction(em -> new AccountStore(em).save(
                new StoredAccount(name, "h1", "n", Set.of(new RoleGrant(Role.HEAD, unit)), Optional.empty())));
        store.inTransaction(em -> new AccountStore(em).save(
                new StoredAccount(name, "h2", "n", Set.of(new RoleGrant(Role.RESIDENT, unit)), Optional.empty())));

        var read = new AtomicReference<StoredAccount>();
        store.inTransaction(em -> read.set(new AccountStore(em).findByUsername(name).orElseThrow()));

        assertThat(read.get().passwordHash()).isEqualTo("h2");
        assertThat(read.get().grants()).containsExactly(new RoleGrant(Role.RESIDENT, unit));
    }

    @Test
    void anAccountWithoutPasswordIsStoredWithoutGrantsAndHasNoPassword() {
        var name = "sso-" + UUID.randomUUID().toString().substring(0, 8);
        store.inTransaction(em -> new AccountStore(em).save(StoredAccount.withoutPassword(name, "李干事")));

        var read = new AtomicReference<StoredAccount>();
        store.inTransaction(em -> read.set(new AccountStore(em).findByUsername(name).orElseThrow()));

        assertThat(read.get().hasPassword()).isFalse();
        assertThat(read.get().passwordHash()).isEqualTo(StoredAccount.NO_PASSWORD);
        assertThat(read.get().grants()).isEmpty();
        assertThat(read.get().displayName()).isEqualTo("李干事");
    }
}
