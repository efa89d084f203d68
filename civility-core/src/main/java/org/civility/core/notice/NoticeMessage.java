package org.civility.core.notice;

import org.civility.core.organisation.UnitId;

import static java.util.Objects.requireNonNull;

/**
 * What a {@link Notifier} sends for one delivery. Delivery is at least once:
 * {@link #idempotencyKey()} (the delivery id) is the same on every attempt, so a notifier or the
 * gateway behind it can drop a duplicate.
 *
 * @param attempt the attempt number, from 1
 */
public record NoticeMessage(DeliveryId delivery, NoticeId notice, UnitId unit, Subject subject,
                            NoticeContent content, int attempt) {

    public NoticeMessage {
        requireNonNull(delivery, "delivery");
        requireNonNull(notice, "notice");
        requireNonNull(unit, "unit");
        requireNonNull(subject, "subject");
        requireNonNull(content, "content");
    }

    /** Same on every attempt of one delivery. */
    public String idempotencyKey() {
        return delivery.toString();
    }
}
