package org.civility.persistence.account;

import jakarta.persistence.EntityManager;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.account.AccountState;
import org.civility.core.account.CredentialKind;
import org.civility.core.organisation.UnitId;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * Reads and writes portal accounts as the portal's identity store, demo data and the web adapter's defaults see
 * them ({@link StoredAccount}). Runs inside the caller's transaction. The core aggregate's adapter over the same
 * rows is {@link JpaAccountRepository}; this class stays until those callers move to {@code AccountService}.
 *
 * <p>A disabled account is not found: whoever signs in or acts through this class is refused. An account that
 * signs in at an identity platform is found with an empty password hash, which verifies nothing.
 */
public class AccountStore {

    private final EntityManager em;

    public AccountStore(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    public Optional<StoredAccount> findByUsername(String username) {
        return Optional.ofNullable(em.find(AccountEntity.class, username))
                .filter(e -> !AccountState.DISABLED.name().equals(e.state))
                .map(AccountStore::toRecord);
    }

    /**
     * Inserts the account (ACTIVE, a password account, with a new id) or replaces its hash, name, grants and
     * volunteer link; its id, state and credential kind stay.
     */
    public void save(StoredAccount account) {
        AccountEntity e = em.find(AccountEntity.class, account.username());
        boolean fresh = e == null;
        Instant now = Instant.now();
        if (fresh) {
            e = new AccountEntity(account.username(), UUID.randomUUID().toString());
            e.state = AccountState.ACTIVE.name();
            e.credentialKind = CredentialKind.PASSWORD.name();
            e.createdAt = now;
        }
        if (CredentialKind.PASSWORD.name().equals(e.credentialKind)) {
            e.passwordHash = account.passwordHash();
        }
        e.displayName = account.displayName();
        e.volunteerId = account.volunteerId().map(UUID::toString).orElse(null);
        e.updatedAt = now;
        e.grants.clear();
        for (RoleGrant g : account.grants()) {
            e.grants.add(new AccountGrantEmbeddable(g.role().name(), g.unit().toString()));
        }
        if (fresh) {
            em.persist(e);
        }
        em.flush();
    }

    public long count() {
        return em.createQuery("select count(a) from AccountEntity a", Long.class).getSingleResult();
    }

    private static StoredAccount toRecord(AccountEntity e) {
        return new StoredAccount(e.username, e.passwordHash == null ? "" : e.passwordHash, e.displayName,
                e.grants.stream()
                        .map(g -> new RoleGrant(Role.valueOf(g.role), UnitId.of(g.unitId)))
                        .collect(Collectors.toSet()),
                Optional.ofNullable(e.volunteerId).map(UUID::fromString));
    }
}
