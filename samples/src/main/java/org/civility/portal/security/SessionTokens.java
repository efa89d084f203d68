package org.civility.portal.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.transaction.Transactional;
import org.civility.core.account.SignInSessions;
import org.civility.persistence.account.JpaSignInSessionRepository;
import org.civility.portal.Settings;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Sign-in sessions of the portal: an opaque random token per sign-in, sent back as {@code Authorization: Bearer
 * <token>}, kept as its digest in the database ({@link SignInSessions} over {@code civ_sign_in_session}), so a token
 * works on every node and after a restart. A session ends after {@code civility.sessions.idle} without a request
 * (default 8 h) and at the latest {@code civility.sessions.lifetime} after sign-in (default 12 h). Real time, not the
 * portal's (test-shiftable) clock: sessions are about people, not about the domain's calendar.
 */
@ApplicationScoped
public class SessionTokens {

    @PersistenceContext(unitName = "civility")
    EntityManager em;

    @Inject
    RecentSessions recent;

    private Duration lifetime;
    private Duration idle;

    @PostConstruct
    void configure() {
        lifetime = Duration.parse(Settings.get("civility.sessions.lifetime", SignInSessions.DEFAULT_LIFETIME.toString()));
        idle = Duration.parse(Settings.get("civility.sessions.idle", SignInSessions.DEFAULT_IDLE.toString()));
    }

    private SignInSessions sessions() {
        return new SignInSessions(new JpaSignInSessionRepository(em), Clock.systemUTC(), lifetime, idle);
    }

    /** A new token for a caller whose credentials were just validated (what it may do is decided per request). */
    @Transactional
    public String open(String caller) {
        return sessions().open(caller).token();
    }

    /** The caller behind a token that is still open, as a validation result. */
    @Transactional
    Optional<CredentialValidationResult> resolve(String token) {
        return sessions().resolve(token).map(CredentialValidationResult::new);
    }

    /** Ends a token's session; true if it was open. */
    @Transactional
    public boolean close(String token) {
        recent.forget(token);
        return sessions().close(token);
    }

    /** Ends every session of the account (sign out everywhere, a disabled account); answers how many. */
    @Transactional
    public int closeAllOf(String caller) {
        recent.forgetAllOf(caller);
        return sessions().closeAllOf(caller);
    }
}
