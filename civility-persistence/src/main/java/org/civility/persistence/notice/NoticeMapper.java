package org.civility.persistence.notice;

import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;

import org.civility.core.notice.Delivery;
import org.civility.core.notice.DeliveryId;
import org.civility.core.notice.Notice;
import org.civility.core.notice.NoticeContent;
import org.civility.core.notice.NoticeId;
import org.civility.core.notice.Subject;
import org.civility.core.organisation.UnitId;

/** Between notices/deliveries and their rows. */
final class NoticeMapper {

    private NoticeMapper() {
    }

    static Notice toDomain(NoticeEntity e) {
        return Notice.restore(NoticeId.of(e.id), UnitId.of(e.unitId),
                new Subject(e.subjectKind, UUID.fromString(e.subjectId)),
                new NoticeContent(e.title, e.body, e.place, e.startsAt),
                e.channels, e.publishAt, e.announcedBy, e.announcedAt, e.version);
    }

    static void copy(Notice n, NoticeEntity e) {
        e.unitId = n.unit().toString();
        e.subjectKind = n.subject().kind();
        e.subjectId = n.subject().id().toString();
        e.title = n.content().title();
        e.body = n.content().body();
        e.place = n.content().place();
        e.startsAt = n.content().startsAt();
        e.publishAt = n.publishAt();
        e.announcedBy = n.announcedBy();
        e.announcedAt = n.announcedAt();
        e.channels.clear();
        e.channels.addAll(EnumSet.copyOf(n.channels()));
    }

    static Delivery toDomain(DeliveryEntity e) {
        return Delivery.restore(DeliveryId.of(e.id), NoticeId.of(e.noticeId), e.channel, e.status, e.attempts,
                Optional.ofNullable(e.lastError), e.nextAttemptAt, Optional.ofNullable(e.sentAt), e.version);
    }

    static void copy(Delivery d, DeliveryEntity e) {
        e.take(d);
    }
}
