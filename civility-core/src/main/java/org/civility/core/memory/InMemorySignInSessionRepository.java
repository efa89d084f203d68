package org.civility.core.memory;

import org.civility.core.account.SignInSession;
import org.civility.core.account.SignInSessionRepository;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static java.util.Objects.requireNonNull;

/** {@link SignInSessionRepository} in memory: for tests and single-node embeddings that accept losing sessions. */
public final class InMemorySignInSessionRepository implements SignInSessionRepository {

    private final Map<String, SignInSession> sessions = new ConcurrentHashMap<>();

    @Override
    public void store(SignInSession session) {
        requireNonNull(session, "session");
        sessions.put(session.digest(), session);
    }

    @Override
    public Optional<SignInSession> find(String digest) {
        return Optional.ofNullable(sessions.get(requireNonNull(digest, "digest")));
    }

    @Override
    public boolean delete(String digest) {
        return sessions.remove(requireNonNull(digest, "digest")) != null;
    }

    @Override
    public int deleteAllOf(String username) {
        requireNonNull(username, "username");
        int[] count = {0};
        sessions.values().removeIf(s -> s.username().equals(username) && ++count[0] > 0);
        return count[0];
    }

    @Override
    public int deleteEnded(Instant now, Instant idleSince) {
        int[] count = {0};
        sessions.values().removeIf(s -> ended(s, now, idleSince) && ++count[0] > 0);
        return count[0];
    }

    @Override
    public int countOf(String username, Instant now, Instant idleSince) {
        return (int) sessions.values().stream()
                .filter(s -> s.username().equals(username) && !ended(s, now, idleSince)).count();
    }

    private static boolean ended(SignInSession s, Instant now, Instant idleSince) {
        return !now.isBefore(s.expiresAt()) || !s.lastUsedAt().isAfter(idleSince);
    }
}
