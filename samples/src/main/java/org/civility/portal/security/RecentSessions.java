package org.civility.portal.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.civility.portal.Settings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The bearer tokens this node resolved in the last {@code civility.security.caller-reuse} (PT5S by default, ADR
 * 0040), so that a client's burst of requests reads its session once, not once per request. Kept by the SHA-256
 * digest of the token, never the token. Signing out, and everything that ends an account's sessions, forgets them
 * here at once; a sign-out on another node of a cluster is seen within that time. {@code PT0S} turns it off.
 */
@ApplicationScoped
public class RecentSessions {

    private static final int MAX_SESSIONS = 50_000;

    private Cache<String, String> callers;

    @PostConstruct
    void start() {
        Duration reuse = Duration.parse(Settings.get("civility.security.caller-reuse", "PT5S"));
        callers = reuse.isNegative() || reuse.isZero() ? null
                : Caffeine.newBuilder().expireAfterWrite(reuse).maximumSize(MAX_SESSIONS).build();
    }

    /** The caller of a token resolved lately, if any. */
    Optional<String> caller(String token) {
        return callers == null ? Optional.empty() : Optional.ofNullable(callers.getIfPresent(digest(token)));
    }

    void resolved(String token, String caller) {
        if (callers != null) {
            callers.put(digest(token), caller);
        }
    }

    void forget(String token) {
        if (callers != null) {
            callers.invalidate(digest(token));
        }
    }

    void forgetAllOf(String caller) {
        if (callers != null) {
            callers.asMap().values().removeIf(caller::equals);
        }
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
