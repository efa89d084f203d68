package org.civility.persistence.account;

import jakarta.persistence.EntityManager;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.organisation.UnitId;

import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/** Reads and writes portal accounts. Runs inside the caller's transaction. */
public class AccountStore {

    private final EntityManager em;

    public AccountStore(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    public Optional<StoredAccount> findByUsername(String username) {
        return Optional.ofNullable(em.find(AccountEntity.class, username)).map(AccountStore::toRecord);
    }

    /** Inserts the account or replaces its hash, name, grants and volunteer link. */
    public void save(StoredAccount account) {
        AccountEntity e = em.find(AccountEntity.class, account.username());
        boolean fresh = e == null;
        if (fresh) {
            e = new AccountEntity();
            e.username = account.username();
        }
        e.passwordHash = account.passwordHash();
        e.displayName = account.displayName();
        e.volunteerId = account.volunteerId().map(UUID::toString).orElse(null);
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
        return new StoredAccount(e.username, e.passwordHash, e.displayName,
                e.grants.stream()
                        .map(g -> new RoleGrant(Role.valueOf(g.role), UnitId.of(g.unitId)))
                        .collect(Collectors.toSet()),
                Optional.ofNullable(e.volunteerId).map(UUID::fromString));
    }
}
