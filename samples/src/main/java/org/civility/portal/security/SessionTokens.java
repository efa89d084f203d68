package org.civility.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-in sessions of the browser UI: an opaque random token per sign-in, sent back as
 * {@code Authorization: Bearer <token>}. Kept in memory, so a restart signs everyone out; a token
 * unused for {@link #IDLE} is forgotten. Signing out forgets the token at once.
 */
@ApplicationScoped
public class SessionTokens {

    /** A session ends after this long without a request. */
    static final Duration IDLE = Duration.ofHours(8);

    private static final SecureRandom RANDOM = new SecureRandom();

    private record Session(String caller, Set<String> groups, Instant lastUsed) {
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    /** A new token for a caller whose credentials were just validated. */
    public String open(String caller, Set<String> groups) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.put(token, new Session(caller, Set.copyOf(groups), Instant.now()));
        return token;
    }

    /** The caller behind a token that is still open, as a validation result. */
    Optional<CredentialValidationResult> resolve(String token) {
        Instant now = Instant.now();
        Session s = sessions.computeIfPresent(token, (t, old) -> old.lastUsed().plus(IDLE).isBefore(now)
                ? null : new Session(old.caller(), old.groups(), now));
        return Optional.ofNullable(s).map(x -> new CredentialValidationResult(x.caller(), x.groups()));
    }

    /** Forgets a token; true if it was open. */
    public boolean close(String token) {
        return sessions.remove(token) != null;
    }
}
