package org.civility.core.notice;

import java.time.Instant;
import java.util.Set;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

/** A notice was announced; its deliveries are queued in the outbox. */
public record NoticeAnnounced(NoticeId notice, UnitId unit, Subject subject, Set<Channel> channels,
                              Instant publishAt, String announcedBy, Instant occurredAt) implements DomainEvent {
    public NoticeAnnounced {
        channels = Set.copyOf(channels);
    }
}
