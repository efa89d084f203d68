package org.civility.core.account;

import java.util.Optional;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;

/** Where accounts are kept. Implementations: {@code memory.InMemoryAccountRepository}, the JPA adapter. */
public interface AccountRepository {

    Optional<Account> find(AccountId id);

    /** The account signing in under exactly this username (case-sensitive), or empty. */
    Optional<Account> findByUsername(String username);

    /** The account of a person at a unified identity platform, or empty. */
    Optional<Account> findByExternalIdentity(ExternalIdentity identity);

    /**
     * Inserts (version 0) or updates the account with all its grants.
     *
     * @return the account as stored, with its new version (the given version plus one)
     * @throws CivilityException STALE-VERSION (args what=account, id, expected, actual) if the given version differs
     *                           from the stored one (0 when not stored yet); ACCOUNT-USERNAME-TAKEN or
     *                           ACCOUNT-EXTERNAL-IDENTITY-TAKEN if another account holds the username or identity
     */
    Account store(Account account);

    /** Whether any account exists (R-ACC-3: a store without one is a new installation). */
    boolean any();

    /** Accounts holding some role at exactly {@code unit}, ordered by username. */
    Page<Account> byUnit(UnitId unit, PageRequest page);
}
