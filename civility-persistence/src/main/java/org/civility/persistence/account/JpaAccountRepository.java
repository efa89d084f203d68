package org.civility.persistence.account;

import org.civility.persistence.IntegrityViolations;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import org.civility.core.account.Account;
import org.civility.core.account.AccountError;
import org.civility.core.account.AccountId;
import org.civility.core.account.AccountRepository;
import org.civility.core.account.ExternalIdentity;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.persistence.internal.Pages;
import org.civility.persistence.internal.StoredVersions;

import static java.util.Objects.requireNonNull;

/**
 * {@link AccountRepository} over JPA ({@code civ_account}, {@code civ_account_grant}); runs in the caller's
 * transaction. Every store bumps the row's {@code @Version}.
 *
 * <p>A username and an identity at an identity platform belong to one account: {@link #store} looks first and
 * refuses with ACCOUNT-USERNAME-TAKEN or ACCOUNT-EXTERNAL-IDENTITY-TAKEN; the primary key on the username and the
 * unique index {@value #EXTERNAL_INDEX} are the backstop for two creations racing past the look-up, reported with
 * the same codes. On MariaDB, whose default collation ignores case, two usernames differing only in case cannot
 * both exist (the second is ACCOUNT-USERNAME-TAKEN); look-ups match the exact username everywhere.
 */
public class JpaAccountRepository implements AccountRepository {

    /** Name of the unique index on the external identity (V20.2). */
    static final String EXTERNAL_INDEX = "uq_civ_account_external";
    private static final String WHAT = "account";

    private final EntityManager em;

    public JpaAccountRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public Optional<Account> find(AccountId id) {
        requireNonNull(id, "id");
        return entity(id).map(AccountMapper::toDomain);
    }

    @Override
    public boolean any() {
        return !em.createQuery("select a.username from AccountEntity a", String.class).setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        requireNonNull(username, "username");
        if (username.isEmpty() || username.length() > Account.MAX_USERNAME) {
            return Optional.empty();
        }
        // MariaDB compares the key without regard to case; the port promises an exact match on every database.
        return Optional.ofNullable(em.find(AccountEntity.class, username)).filter(e -> e.username.equals(username))
                .map(AccountMapper::toDomain);
    }

    @Override
    public Optional<Account> findByExternalIdentity(ExternalIdentity identity) {
        requireNonNull(identity, "identity");
        return em.createQuery("select a from AccountEntity a where a.externalIssuer = :issuer"
                        + " and a.externalSubject = :subject", AccountEntity.class)
                .setParameter("issuer", identity.issuer())
                .setParameter("subject", identity.subject())
                .getResultStream().findFirst().map(AccountMapper::toDomain);
    }

    @Override
    public Account store(Account account) {
        requireNonNull(account, "account");
        Optional<AccountEntity> stored = entity(account.id());
        AccountEntity e;
        if (stored.isEmpty()) {
            StoredVersions.checkNew(WHAT, account.id(), account.version());
            if (em.find(AccountEntity.class, account.username()) != null) {
                throw usernameTaken(account);
            }
            refuseIfIdentityTaken(account);
            e = new AccountEntity(account.username(), account.id().toString());
            AccountMapper.copy(account, e);
            em.persist(e);
        } else {
            e = stored.get();
            StoredVersions.check(WHAT, account.id(), account.version(), e.version);
            if (!e.username.equals(account.username())) {
                throw CivilityException.of(AccountError.STATE_INVALID, "what", WHAT, "id", account.id(),
                        "reason", "the username never changes");
            }
            refuseIfIdentityTaken(account);
            AccountMapper.copy(account, e);
            // Every store is a new version, even when only the grants changed: a holder of the old one is stale.
            em.lock(e, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        flush(account, stored.isEmpty());
        return AccountMapper.toDomain(e);
    }

    @Override
    public Page<Account> byUnit(UnitId unit, PageRequest page) {
        requireNonNull(unit, "unit");
        requireNonNull(page, "page");
        return Pages.of(em.createQuery("select distinct a from AccountEntity a join a.grants g"
                        + " where g.unitId = :unit order by a.username", AccountEntity.class)
                .setParameter("unit", unit.toString()), page, AccountMapper::toDomain);
    }

    private Optional<AccountEntity> entity(AccountId id) {
        return em.createQuery("select a from AccountEntity a where a.id = :id", AccountEntity.class)
                .setParameter("id", id.toString())
                .getResultStream().findFirst();
    }

    private void refuseIfIdentityTaken(Account account) {
        if (account.externalIdentity().isEmpty()) {
            return;
        }
        ExternalIdentity identity = account.externalIdentity().get();
        List<String> holders = em.createQuery("select a.username from AccountEntity a where a.externalIssuer = :issuer"
                        + " and a.externalSubject = :subject and a.id <> :id", String.class)
                .setParameter("issuer", identity.issuer())
                .setParameter("subject", identity.subject())
                .setParameter("id", account.id().toString())
                .setMaxResults(1)
                .getResultList();
        if (!holders.isEmpty()) {
            throw identityTaken(account);
        }
    }

    private void flush(Account account, boolean inserting) {
        try {
            em.flush();
        } catch (PersistenceException ex) {
            if (StoredVersions.concurrentWrite(ex)) {
                throw StoredVersions.staleIfConcurrent(ex, WHAT, account.id(), account.version());
            }
            String violated = IntegrityViolations.message(ex).orElse(null);
            if (violated != null && violated.contains(EXTERNAL_INDEX)) {
                throw identityTaken(account);
            }
            if (violated != null && inserting) {
                // The one other key a new account's row can collide on is its username (the primary key).
                throw usernameTaken(account);
            }
            throw ex;
        }
    }


    private static CivilityException usernameTaken(Account account) {
        return CivilityException.of(AccountError.USERNAME_TAKEN, "username", account.username());
    }

    private static CivilityException identityTaken(Account account) {
        return CivilityException.of(AccountError.EXTERNAL_IDENTITY_TAKEN,
                "issuer", account.externalIdentity().map(ExternalIdentity::issuer).orElse(""));
    }
}
