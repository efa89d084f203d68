package org.civility.portal.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.civility.core.account.Account;
import org.civility.core.account.AccountRepository;
import org.civility.core.account.AccountService;
import org.civility.core.account.ExternalIdentity;
import org.civility.core.account.SignInResult;
import org.civility.portal.PortalError;

import java.util.Map;
import java.util.logging.Logger;

/**
 * The Civility account a person the provider vouched for signs in as ({@link AccountService#signInAtIdentityPlatform}):
 * the account of that identity, or of that name, or, on the first sign-in, a new one without password and without
 * roles. Roles are granted in Civility, never taken from the provider. While the portal still waits for its first
 * administrator (R-ACC-3), no account is created this way: the first account of a portal is always the administrator
 * its operator named.
 */
@ApplicationScoped
public class OidcAccounts {

    private static final Logger LOG = Logger.getLogger(OidcAccounts.class.getName());

    @Inject
    AccountRepository repository;

    @Inject
    AccountService accounts;

    /**
     * The account the person signs in as.
     *
     * @throws OidcFailure SETUP-REQUIRED (409) if the portal has no account at all yet; OIDC-PROVIDER-REFUSED (401)
     *                     for a disabled account or a name that belongs to another identity
     */
    @Transactional
    public Account signIn(String issuer, String subject, String username, String displayName) {
        if (!repository.any()) {
            throw new OidcFailure(PortalError.SETUP_REQUIRED, 409, Map.of(), "no first administrator yet");
        }
        boolean known = repository.findByUsername(username).isPresent();
        return switch (accounts.signInAtIdentityPlatform(new ExternalIdentity(issuer, subject), username, displayName)) {
            case SignInResult.SignedIn in -> {
                if (!known) {
                    LOG.info(() -> "Account " + username + " created by its first sign-in through the identity provider,"
                            + " without roles");
                }
                yield in.account();
            }
            default -> throw new OidcFailure(PortalError.OIDC_PROVIDER_REFUSED, 401, Map.of("error", "access_denied"),
                    "the account is disabled or its name belongs to another identity");
        };
    }
}
