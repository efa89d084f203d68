package org.civility.core.notice;

/**
 * Where a {@link Delivery} stands. Only SENT is final: a failing delivery is retried with backoff
 * for ever, and after {@link Backoff#attentionAfter()} failed attempts it is flagged
 * NEEDS_ATTENTION (still retried, never silently lost).
 */
public enum DeliveryStatus {
    /** Not tried yet (or being tried for the first time). */
    PENDING,
    /** Sent once; final. */
    SENT,
    /** Failed, will be retried at its next attempt time. */
    RETRYING,
    /** Failed many times: still retried at the capped interval, and shown to staff for a look. */
    NEEDS_ATTENTION
}
