package org.civility.core.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;

/**
 * One channel of one {@link Notice}: a row of the transactional outbox, with its own version so
 * that dispatching one channel never collides with another channel or with staff reading it.
 *
 * <p>Lifecycle: opened {@link DeliveryStatus#PENDING} and due at the notice's publish-at. A
 * dispatcher {@link #claim claims} a due delivery (one more attempt; not due again until the lease
 * ends, so a crashed dispatcher's claim is picked up later), sends it, and records
 * {@link #sent sent} or {@link #failed failed}. A failure makes it due again after the
 * {@link Backoff}; after many failures it is flagged {@link DeliveryStatus#NEEDS_ATTENTION} and still
 * retried. Staff may {@link #retryNow retry} any unsent delivery at once. SENT is final.
 *
 * <p>Invariants: attempts &ge; 0; SENT if and only if sent-at is present; a RETRYING or
 * NEEDS_ATTENTION delivery has at least one attempt and a last error.
 */
public final class Delivery {

    /** Longest error text kept. */
    public static final int MAX_ERROR = 500;

    private final DeliveryId id;
    private final NoticeId notice;
    private final Channel channel;
    private DeliveryStatus status;
    private int attempts;
    private Optional<String> lastError;
    private Instant nextAttemptAt;
    private Optional<Instant> sentAt;
    private final long version;

    private Delivery(DeliveryId id, NoticeId notice, Channel channel, DeliveryStatus status, int attempts,
                     Optional<String> lastError, Instant nextAttemptAt, Optional<Instant> sentAt, long version) {
        this.id = required(id, "id");
        this.notice = required(notice, "notice");
        this.channel = required(channel, "channel");
        this.status = required(status, "status");
        this.lastError = required(lastError, "lastError").map(Delivery::clip);
        this.nextAttemptAt = required(nextAttemptAt, "nextAttemptAt");
        this.sentAt = required(sentAt, "sentAt");
        this.attempts = attempts;
        this.version = version;
        String broken = attempts < 0 || version < 0 ? "negative attempts or version"
                : (status == DeliveryStatus.SENT) != sentAt.isPresent() ? "sent-at present if and only if SENT"
                : (status == DeliveryStatus.RETRYING || status == DeliveryStatus.NEEDS_ATTENTION)
                  && (attempts < 1 || lastError.isEmpty()) ? "a failed delivery has attempts and a last error"
                : null;
        if (broken != null) {
            throw CivilityException.of(NoticeError.STATE_INVALID, "what", "delivery", "id", id, "reason", broken);
        }
    }

    /** A new delivery, due at {@code firstAttemptAt}. */
    public static Delivery open(DeliveryId id, NoticeId notice, Channel channel, Instant firstAttemptAt) {
        return new Delivery(id, notice, channel, DeliveryStatus.PENDING, 0, Optional.empty(), firstAttemptAt,
                Optional.empty(), 0);
    }

    /** Rebuilds a stored delivery, checking the invariants again. For persistence adapters. */
    public static Delivery restore(DeliveryId id, NoticeId notice, Channel channel, DeliveryStatus status,
                                   int attempts, Optional<String> lastError, Instant nextAttemptAt,
                                   Optional<Instant> sentAt, long version) {
        return new Delivery(id, notice, channel, status, attempts, lastError, nextAttemptAt, sentAt, version);
    }

    /** True if not sent and its next attempt time has come. */
    public boolean isDue(Instant now) {
        return status != DeliveryStatus.SENT && !nextAttemptAt.isAfter(now);
    }

    /**
     * Starts an attempt: counts it and holds the delivery for {@code lease}, after which another
     * dispatcher may try again (the sender died).
     *
     * @return false (and nothing changed) if the delivery is not due
     */
    public boolean claim(Instant now, Duration lease) {
        if (!isDue(now)) {
            return false;
        }
        attempts++;
        nextAttemptAt = now.plus(lease);
        return true;
    }

    /** Records the successful attempt. Final. */
    public void sent(Instant at) {
        requireUnsent();
        status = DeliveryStatus.SENT;
        sentAt = Optional.of(required(at, "at"));
    }

    /** Records a failed attempt: due again after the backoff; flagged after many failures. */
    public void failed(String error, Instant at, Backoff backoff) {
        requireUnsent();
        lastError = Optional.of(clip(error == null || error.isBlank() ? "unknown error" : error));
        nextAttemptAt = at.plus(backoff.delayAfter(Math.max(attempts, 1)));
        attempts = Math.max(attempts, 1);
        status = attempts >= backoff.attentionAfter() ? DeliveryStatus.NEEDS_ATTENTION : DeliveryStatus.RETRYING;
    }

    /**
     * Makes an unsent delivery due at once (staff asked for a retry), keeping its count and status.
     *
     * @throws CivilityException {@link NoticeError#ALREADY_SENT}
     */
    public void retryNow(Instant now) {
        requireUnsent();
        nextAttemptAt = now;
    }

    private void requireUnsent() {
        if (status == DeliveryStatus.SENT) {
            throw CivilityException.of(NoticeError.ALREADY_SENT, "notice", notice, "channel", channel,
                    "sentAt", sentAt.orElseThrow());
        }
    }

    public DeliveryId id() {
        return id;
    }

    public NoticeId notice() {
        return notice;
    }

    public Channel channel() {
        return channel;
    }

    public DeliveryStatus status() {
        return status;
    }

    /** Attempts started so far (including one in flight). */
    public int attempts() {
        return attempts;
    }

    /** The error of the last failed attempt, if any (kept after a later success). */
    public Optional<String> lastError() {
        return lastError;
    }

    /** When the delivery is due next (meaningless once SENT). */
    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<Instant> sentAt() {
        return sentAt;
    }

    /** 0 if never stored. */
    public long version() {
        return version;
    }

    private static String clip(String text) {
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw CivilityException.of(SharedError.REQUIRED, "field", field);
        }
        return value;
    }

    @Override
    public String toString() {
        return "Delivery[" + id + " " + channel + " " + status + " x" + attempts + " v" + version + "]";
    }
}
