package org.civility.portal.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.shared.CivilityException;
import org.civility.persistence.account.AccountStore;
import org.civility.persistence.account.StoredAccount;
import org.civility.portal.PortalError;

import java.util.Optional;
import java.util.Set;

/**
 * The installation's first administrator (R-ACC-3): the one account an empty database gets, holding the
 * administrator's role over the whole installation ({@link RoleGrant#installation(Role)}), so that it can found the
 * center and create everyone else's accounts. Created from the environment or through the setup page, once.
 */
@ApplicationScoped
public class FirstAdministrator {

    @PersistenceContext(unitName = "civility")
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    /** Whether the database has no account yet. */
    @Transactional
    public boolean needed() {
        return new AccountStore(em).count() == 0;
    }

    /**
     * Creates the first administrator.
     *
     * @throws CivilityException SETUP-DONE if an account exists already
     */
    @Transactional
    public synchronized void create(String name, String username, String password) {
        AccountStore accounts = new AccountStore(em);
        if (accounts.count() > 0) {
            throw CivilityException.of(PortalError.SETUP_DONE);
        }
        accounts.save(new StoredAccount(username, passwordHash.generate(password.toCharArray()), name,
                Set.of(RoleGrant.installation(Role.ADMINISTRATOR)), Optional.empty()));
    }
}
