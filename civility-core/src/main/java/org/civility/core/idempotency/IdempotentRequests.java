package org.civility.core.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.civility.core.shared.CivilityException;

import static java.util.Objects.requireNonNull;

/**
 * The rules of requests sent with an {@code Idempotency-Key} (DOMAIN §6a: a client that lost an answer sends the
 * request again and gets exactly one effect).
 *
 * <ul>
 *   <li>A key is 1 to {@link #MAX_KEY_LENGTH} visible ASCII characters (a UUID, say), else KEY_INVALID. It belongs to
 *       the caller that sent it: the same key from another account is another key.</li>
 *   <li>The first request with a key runs; if it succeeds, its answer is kept with it for {@link #LIFETIME}, in the
 *       same transaction as its effect ({@link #remember}). A failed request keeps nothing: sent again, it runs
 *       again.</li>
 *   <li>The same request sent again with the key gets the kept answer and runs no more ({@link #replay}); another
 *       request (another path or body) with the key is refused with KEY_REUSED.</li>
 *   <li>Two requests with one key at the same moment: the second to commit is refused with KEY_IN_USE and leaves no
 *       effect; sent again, it gets the first one's answer.</li>
 * </ul>
 */
public final class IdempotentRequests {

    /** How long an answer is kept for its key. */
    public static final Duration LIFETIME = Duration.ofHours(24);
    /** The longest key accepted. */
    public static final int MAX_KEY_LENGTH = 128;

    private final IdempotentReplyRepository replies;
    private final Clock clock;

    public IdempotentRequests(IdempotentReplyRepository replies, Clock clock) {
        this.replies = requireNonNull(replies, "replies");
        this.clock = requireNonNull(clock, "clock");
    }

    /** One request with a key: whose it is, the key, and what it asks (method, path, body). */
    public record Request(String keyDigest, String fingerprint) {

        public Request {
            requireNonNull(keyDigest, "keyDigest");
            requireNonNull(fingerprint, "fingerprint");
        }
    }

    /**
     * Checks {@code key} and names the request: the caller ({@code caller}, an account's username, or any stable name
     * of an anonymous client), the key, and what it asks.
     *
     * @throws CivilityException KEY_INVALID
     */
    public Request request(String caller, String key, String method, String path, byte[] body) {
        requireNonNull(caller, "caller");
        requireNonNull(method, "method");
        requireNonNull(path, "path");
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH
                || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw CivilityException.of(IdempotencyError.KEY_INVALID, "maxLength", MAX_KEY_LENGTH);
        }
        MessageDigest what = sha256();
        what.update((method + ' ' + path + '\n').getBytes(StandardCharsets.UTF_8));
        what.update(body == null ? new byte[0] : body);
        return new Request(hex(sha256().digest((caller + '\n' + key).getBytes(StandardCharsets.UTF_8))),
                hex(what.digest()));
    }

    /**
     * The answer kept for the request's key, if it was answered before and is not older than {@link #LIFETIME}.
     *
     * @throws CivilityException KEY_REUSED when the key was used for another request
     */
    public Optional<IdempotentReply> replay(Request request) {
        requireNonNull(request, "request");
        Optional<IdempotentReply> kept = replies.find(request.keyDigest())
                .filter(r -> r.storedAt().isAfter(clock.instant().minus(LIFETIME)));
        if (kept.isPresent() && !kept.get().fingerprint().equals(request.fingerprint())) {
            throw CivilityException.of(IdempotencyError.KEY_REUSED);
        }
        return kept;
    }

    /**
     * Keeps the successful answer to the request, in the transaction of its effect; a 4xx or 5xx answer is not kept.
     *
     * @throws CivilityException KEY_IN_USE when another request with the key was answered meanwhile (roll back)
     */
    public void remember(Request request, int status, String location, String body) {
        requireNonNull(request, "request");
        if (status < 200 || status > 299) {
            return;
        }
        Instant now = clock.instant();
        replies.find(request.keyDigest()).filter(r -> !r.storedAt().isAfter(now.minus(LIFETIME)))
                .ifPresent(expired -> replies.deleteStoredBefore(now.minus(LIFETIME)));
        replies.store(new IdempotentReply(request.keyDigest(), request.fingerprint(), status, location, body, now));
    }

    /** Forgets the answers older than {@link #LIFETIME}; answers how many. For a scheduled clean-up. */
    public int forgetExpired() {
        return replies.deleteStoredBefore(clock.instant().minus(LIFETIME));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
