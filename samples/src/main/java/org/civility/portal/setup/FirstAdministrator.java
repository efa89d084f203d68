package org.civility.portal.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.account.AccountRepository;
import org.civility.core.account.AccountService;
import org.civility.core.shared.CivilityException;
import org.civility.portal.PortalError;

/**
 * The installation's first administrator (R-ACC-3): the one account an empty database gets, holding the
 * administrator's role over the whole installation ({@link RoleGrant#installation(Role)}), so that it can found the
 * center and create everyone else's accounts. Created from the environment or through the setup page, once, by
 * core's {@link AccountService#installAdministrator} (the password rule applies; the audit trail records it).
 */
@ApplicationScoped
public class FirstAdministrator {

    @Inject
    AccountRepository accounts;

    @Inject
    AccountService service;

    /** Whether the database has no account yet. */
    @Transactional
    public boolean needed() {
        return !accounts.any();
    }

    /**
     * Creates the first administrator.
     *
     * @throws CivilityException SETUP-DONE if an account exists already; the password rule's codes
     */
    @Transactional
    public synchronized void create(String name, String username, String password) {
        if (accounts.any()) {
            throw CivilityException.of(PortalError.SETUP_DONE);
        }
        service.installAdministrator(username, name, password);
    }
}
