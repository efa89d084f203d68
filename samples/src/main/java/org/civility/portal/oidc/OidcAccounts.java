package org.civility.portal.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.civility.persistence.account.AccountStore;
import org.civility.persistence.account.StoredAccount;
import org.civility.portal.PortalError;

import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The Civility account a person the provider vouched for signs in as: the account of that name, or, on the first
 * sign-in, a new one without password and without roles. Roles are granted in Civility, never taken from the
 * provider. While the portal still waits for its first administrator (R-ACC-3), no account is created this way: the
 * first account of a portal is always the administrator its operator named.
 */
@ApplicationScoped
public class OidcAccounts {

    private static final Logger LOG = Logger.getLogger(OidcAccounts.class.getName());

    @PersistenceContext(unitName = "civility")
    EntityManager em;

    /**
     * The account of that name, created if missing.
     *
     * @throws OidcFailure SETUP-REQUIRED (409) if the portal has no account at all yet
     */
    @Transactional
    public StoredAccount signIn(String username, String displayName) {
        AccountStore accounts = new AccountStore(em);
        Optional<StoredAccount> existing = accounts.findByUsername(username);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (accounts.count() == 0) {
            throw new OidcFailure(PortalError.SETUP_REQUIRED, 409, Map.of(), "no first administrator yet");
        }
        StoredAccount created = StoredAccount.withoutPassword(username, displayName);
        accounts.save(created);
        LOG.info(() -> "Account " + username + " created by its first sign-in through the identity provider, without roles");
        return created;
    }
}
