package org.civility.core.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Sign-in sessions: an opaque bearer token of 256 random bits per sign-in, stored only as its digest
 * ({@link SignInSession}), ending after {@link #idle()} without a request or at the latest {@link #lifetime()} after
 * it was opened. Kept in a {@link SignInSessionRepository}, so a token works on every node and after a restart;
 * signing out ends one session, signing out everywhere (or disabling the account) ends them all at once.
 *
 * <p>Authentication, not authorization: what the account may do is decided per request from its grants.
 */
public final class SignInSessions {

    /** Default absolute lifetime of a session. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(12);
    /** Default time without a request after which a session ends. */
    public static final Duration DEFAULT_IDLE = Duration.ofHours(8);
    /** A session's last use is written at most this often, so busy sessions do not write on every request. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SignInSessionRepository sessions;
    private final Clock clock;
    private final Duration lifetime;
    private final Duration idle;

    public SignInSessions(SignInSessionRepository sessions, Clock clock, Duration lifetime, Duration idle) {
        this.sessions = requireNonNull(sessions, "sessions");
        this.clock = requireNonNull(clock, "clock");
        this.lifetime = positive(lifetime, "lifetime");
        this.idle = positive(idle, "idle");
    }

    public SignInSessions(SignInSessionRepository sessions, Clock clock) {
        this(sessions, clock, DEFAULT_LIFETIME, DEFAULT_IDLE);
    }

    /** A session just opened: the token to hand to the client once, and what is stored. */
    public record Opened(String token, SignInSession session) {
    }

    /** Opens a session for an account whose credentials were just verified; also forgets sessions that ended. */
    public Opened open(String username) {
        requireNonNull(username, "username");
        Instant now = clock.instant();
        sessions.deleteEnded(now, now.minus(idle));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        SignInSession session = new SignInSession(digest(token), username, now, now, now.plus(lifetime));
        sessions.store(session);
        return new Opened(token, session);
    }

    /** The account behind a token whose session is still open; an ended session is forgotten. */
    public Optional<String> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        String digest = digest(token);
        Optional<SignInSession> found = sessions.find(digest);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SignInSession session = found.get();
        Instant now = clock.instant();
        if (!now.isBefore(session.expiresAt()) || !now.isBefore(session.lastUsedAt().plus(idle))) {
            sessions.delete(digest);
            return Optional.empty();
        }
        if (!now.isBefore(session.lastUsedAt().plus(TOUCH_EVERY))) {
            sessions.store(session.usedAt(now));
        }
        return Optional.of(session.username());
    }

    /** Ends the token's session (signing out); true if it was open. */
    public boolean close(String token) {
        return token != null && !token.isBlank() && sessions.delete(digest(token));
    }

    /** Ends every session of the account (signing out everywhere, a disabled account, a reset password). */
    public int closeAllOf(String username) {
        return sessions.deleteAllOf(requireNonNull(username, "username"));
    }

    /** How many sessions of the account are open now. */
    public int openCount(String username) {
        Instant now = clock.instant();
        return sessions.countOf(requireNonNull(username, "username"), now, now.minus(idle));
    }

    public Duration lifetime() {
        return lifetime;
    }

    public Duration idle() {
        return idle;
    }

    /** The stored form of a token: SHA-256, hex. */
    static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Duration positive(Duration d, String name) {
        requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return d;
    }
}
