package org.civility.core.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static java.util.Objects.requireNonNull;

/**
 * Remembers, briefly, that a username and password were verified, so HTTP Basic (which sends them with every
 * request) does not pay for a PBKDF2 hash per request (ADR 0022). Not part of the public API: the web adapter's
 * business.
 *
 * <p>Kept: HMAC-SHA256 of username and password under a random key made for this instance (never stored, never
 * leaves the process), the username, and when the entry expires ({@link #DEFAULT_TTL} by default). Neither the
 * password nor a hash anyone could attack offline is kept: without the key, a memory dump's entries are useless.
 * Only verified, active sign-ins belong here; the caller {@link #clear() clears} it (or {@link #forget} the
 * username) on every account change, so a reset, a disable or a revoked role is seen at once. At most
 * {@code maxEntries} entries: expired ones are dropped first; if all are live the cache starts over. Thread-safe.
 */
public final class VerifiedCredentialCache {

    public static final Duration DEFAULT_TTL = Duration.ofSeconds(60);
    public static final int DEFAULT_MAX_ENTRIES = 10_000;

    private final Clock clock;
    private final Duration ttl;
    private final int maxEntries;
    private final SecretKeySpec key;
    private final Map<String, Entry> entries = new HashMap<>();

    private record Entry(String username, Instant expiresAt) {
    }

    public VerifiedCredentialCache(Clock clock) {
        this(clock, DEFAULT_TTL, DEFAULT_MAX_ENTRIES);
    }

    public VerifiedCredentialCache(Clock clock, Duration ttl, int maxEntries) {
        this.clock = requireNonNull(clock, "clock");
        this.ttl = requireNonNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero() || maxEntries < 1) {
            throw new IllegalArgumentException("ttl and maxEntries must be positive: " + ttl + ", " + maxEntries);
        }
        this.maxEntries = maxEntries;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Whether this username and password were remembered less than the time to live ago. */
    public synchronized boolean isVerified(String username, String password) {
        String mac = mac(username, password);
        Entry entry = entries.get(mac);
        if (entry == null) {
            return false;
        }
        if (!clock.instant().isBefore(entry.expiresAt())) {
            entries.remove(mac);
            return false;
        }
        return true;
    }

    /** Remembers a username and password just verified for an active account. */
    public synchronized void remember(String username, String password) {
        Instant now = clock.instant();
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(e -> !now.isBefore(e.expiresAt()));
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(mac(username, password), new Entry(username, now.plus(ttl)));
    }

    /** Forgets every entry of {@code username} (its account changed). */
    public synchronized void forget(String username) {
        entries.values().removeIf(e -> e.username().equals(username));
    }

    /** Forgets everything. */
    public synchronized void clear() {
        entries.clear();
    }

    public synchronized int size() {
        return entries.size();
    }

    private String mac(String username, String password) {
        requireNonNull(username, "username");
        requireNonNull(password, "password");
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            // The length prefix keeps ("ab", "c") and ("a", "bc") apart.
            byte[] name = username.getBytes(StandardCharsets.UTF_8);
            hmac.update((byte) (name.length >>> 8));
            hmac.update((byte) name.length);
            hmac.update(name);
            return Base64.getEncoder().encodeToString(hmac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK lacks HmacSHA256", e);
        }
    }
}
