package org.civility.core.notice;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;

/**
 * An announcement (通知) of a subject (an activity, a lecture) by a unit through one or more
 * {@link Channel channels}, published ahead of the subject's start (R-NOTE-1, checked by
 * {@link AnnouncedAheadPolicy} when announcing).
 *
 * <p>Lifecycle: {@link #announce announced} once and not changed afterwards. What happens on each
 * channel is kept apart, in one {@link Delivery} per channel: the transactional outbox. They are
 * stored in the same transaction as the notice and sent later by the {@link NoticeDispatcher}, so
 * a notice is never lost when a channel is down or the process dies after the commit.
 *
 * <p>Invariants: at least one channel; content valid ({@link NoticeContent}); announced at or
 * before publish-at.
 */
public final class Notice {

    private final NoticeId id;
    private final UnitId unit;
    private final Subject subject;
    private final NoticeContent content;
    private final Set<Channel> channels;
    private final Instant publishAt;
    private final String announcedBy;
    private final Instant announcedAt;
    private final long version;

    private Notice(NoticeId id, UnitId unit, Subject subject, NoticeContent content, Set<Channel> channels,
                   Instant publishAt, String announcedBy, Instant announcedAt, long version) {
        this.id = required(id, "id");
        this.unit = required(unit, "unit");
        this.subject = required(subject, "subject");
        this.content = required(content, "content");
        if (channels == null || channels.isEmpty()) {
            throw CivilityException.of(NoticeError.NO_CHANNEL, "notice", id);
        }
        this.channels = Collections.unmodifiableSet(EnumSet.copyOf(channels));
        this.publishAt = required(publishAt, "publishAt");
        if (announcedBy == null || announcedBy.isBlank()) {
            throw CivilityException.of(SharedError.REQUIRED, "field", "announcedBy");
        }
        this.announcedBy = announcedBy;
        this.announcedAt = required(announcedAt, "announcedAt");
        if (publishAt.isBefore(announcedAt) || version < 0) {
            throw CivilityException.of(NoticeError.STATE_INVALID, "what", "notice", "id", id,
                    "reason", "publishAt before announcedAt or negative version");
        }
        this.version = version;
    }

    /**
     * Announces a subject; R-NOTE-1 is the service's check (it needs the unit's setting).
     *
     * @throws CivilityException REQUIRED, {@link NoticeError#NO_CHANNEL}
     */
    public static Notice announce(NoticeId id, UnitId unit, Subject subject, NoticeContent content,
                                  Set<Channel> channels, Instant publishAt, String announcedBy, Instant announcedAt) {
        return new Notice(id, unit, subject, content, channels, publishAt, announcedBy, announcedAt, 0);
    }

    /** Rebuilds a stored notice, checking the invariants again. For persistence adapters. */
    public static Notice restore(NoticeId id, UnitId unit, Subject subject, NoticeContent content,
                                 Set<Channel> channels, Instant publishAt, String announcedBy, Instant announcedAt,
                                 long version) {
        return new Notice(id, unit, subject, content, channels, publishAt, announcedBy, announcedAt, version);
    }

    /** A fresh outbox row for one of this notice's channels, first due at publish-at. */
    public Delivery openDelivery(DeliveryId deliveryId, Channel channel) {
        requireChannel(channel);
        return Delivery.open(deliveryId, id, channel, publishAt);
    }

    /** @throws CivilityException {@link NoticeError#CHANNEL_NOT_USED} */
    public void requireChannel(Channel channel) {
        if (!channels.contains(channel)) {
            throw CivilityException.of(NoticeError.CHANNEL_NOT_USED, "notice", id, "channel", channel);
        }
    }

    /** What a notifier is given to send this notice through a delivery. */
    public NoticeMessage messageFor(Delivery delivery) {
        return new NoticeMessage(delivery.id(), id, unit, subject, content, delivery.attempts());
    }

    public NoticeId id() {
        return id;
    }

    /** The unit that announces. */
    public UnitId unit() {
        return unit;
    }

    public Subject subject() {
        return subject;
    }

    public NoticeContent content() {
        return content;
    }

    /** Unmodifiable, never empty. */
    public Set<Channel> channels() {
        return channels;
    }

    /** When the notice goes out (its deliveries are first due). */
    public Instant publishAt() {
        return publishAt;
    }

    public String announcedBy() {
        return announcedBy;
    }

    public Instant announcedAt() {
        return announcedAt;
    }

    /** 0 if never stored. */
    public long version() {
        return version;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw CivilityException.of(SharedError.REQUIRED, "field", field);
        }
        return value;
    }

    @Override
    public String toString() {
        return "Notice[" + id + " " + content.title() + " v" + version + "]";
    }
}
