package org.civility.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.civility.core.account.AccountChanged;
import org.civility.core.account.AccountRepository;
import org.civility.core.account.AccountService;
import org.civility.core.account.AccountState;
import org.civility.core.account.SignInResult;
import org.civility.core.account.internal.VerifiedCredentialCache;
import org.civility.core.audit.AuditAction;

import java.util.Set;

/**
 * Checks passwords for the portal's two ways in, through core's {@link AccountService} (R-ACC-2 throttling, equal
 * work for unknown names, old hashes upgraded): a sign-in that opens a session, and HTTP Basic for API clients, which
 * remembers a verified name and password for a minute (ADR 0022) so that a client does not pay for a PBKDF2 hash on
 * every request. Any change to an account forgets what was remembered of it; disabling it or resetting its password
 * also ends its sessions, in the same transaction.
 */
@ApplicationScoped
public class PortalSignIn {

    /** Changes after which nobody may go on using the account's open sessions. */
    private static final Set<AuditAction> ENDING_SESSIONS = Set.of(AuditAction.ACCOUNT_DISABLED,
            AuditAction.PASSWORD_RESET);

    @Inject
    AccountService accounts;

    @Inject
    AccountRepository repository;

    @Inject
    VerifiedCredentialCache verified;

    @Inject
    SessionTokens sessions;

    /** HTTP Basic: a remembered name and password, or a sign-in through core. */
    @Transactional
    public SignInResult basic(String username, String password, String address) {
        if (verified.isVerified(username, password)) {
            return repository.findByUsername(username).filter(a -> a.state() == AccountState.ACTIVE)
                    .<SignInResult>map(SignInResult.SignedIn::new).orElseGet(SignInResult.Refused::new);
        }
        SignInResult result = accounts.signIn(username, password, address);
        if (result instanceof SignInResult.SignedIn) {
            verified.remember(username, password);
        }
        return result;
    }

    /**
     * A sign-in for a session. An account that must choose its own password first (a one-time password handed
     * over) does so with {@code newPassword} in the same request; without it the answer says it must.
     */
    @Transactional
    public SignInResult session(String username, String password, String newPassword, String address) {
        SignInResult result = accounts.signIn(username, password, address);
        if (result instanceof SignInResult.MustChangePassword must && newPassword != null && !newPassword.isEmpty()) {
            return new SignInResult.SignedIn(accounts.changeOwnPassword(must.account().toActor(), password,
                    newPassword, address));
        }
        return result;
    }

    void onAccountChanged(@Observes AccountChanged change) {
        verified.forget(change.username());
        if (ENDING_SESSIONS.contains(change.change())) {
            sessions.closeAllOf(change.username());
        }
    }
}
