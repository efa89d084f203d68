package org.civility.persistence.notice;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civility.core.notice.Channel;
import org.civility.core.notice.SubjectKind;

/** A notice as stored; its deliveries are rows of their own ({@link DeliveryEntity}). */
@Entity
@Table(name = "civ_notice")
public class NoticeEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "unit_id", nullable = false, length = 36)
    String unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 16)
    SubjectKind subjectKind;

    @Column(name = "subject_id", nullable = false, length = 36)
    String subjectId;

    @Column(name = "title", nullable = false, length = 200)
    String title;

    @Column(name = "body", nullable = false, length = 2000)
    String body;

    @Column(name = "place", nullable = false, length = 200)
    String place;

    @Column(name = "starts_at", nullable = false)
    Instant startsAt;

    @Column(name = "publish_at", nullable = false)
    Instant publishAt;

    @Column(name = "announced_by", nullable = false, length = 128)
    String announcedBy;

    @Column(name = "announced_at", nullable = false)
    Instant announcedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_notice_channel", joinColumns = @JoinColumn(name = "notice_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 16)
    Set<Channel> channels = EnumSet.noneOf(Channel.class);

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected NoticeEntity() {
    }

    NoticeEntity(String id) {
        this.id = id;
    }
}
