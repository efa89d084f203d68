package org.civility.persistence.notice;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civility.core.notice.Channel;
import org.civility.core.notice.Delivery;
import org.civility.core.notice.DeliveryStatus;

/** One channel of one notice: an outbox row with its own optimistic version. */
@Entity
@Table(name = "civ_notice_delivery")
public class DeliveryEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "notice_id", nullable = false, length = 36)
    String noticeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 16)
    Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    DeliveryStatus status;

    @Column(name = "attempts", nullable = false)
    int attempts;

    @Column(name = "last_error", length = 500)
    String lastError;

    @Column(name = "next_attempt_at", nullable = false)
    Instant nextAttemptAt;

    @Column(name = "sent_at")
    Instant sentAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected DeliveryEntity() {
    }

    DeliveryEntity(String id) {
        this.id = id;
    }

    /**
     * Takes the delivery's state. Written here, inside the entity, rather than in the mapper: a
     * provider that weaves attribute change tracking into entities (EclipseLink in a container does,
     * for entities without collections like this one) only sees writes made by the entity's own code.
     */
    void take(Delivery d) {
        this.noticeId = d.notice().toString();
        this.channel = d.channel();
        this.status = d.status();
        this.attempts = d.attempts();
        this.lastError = d.lastError().orElse(null);
        this.nextAttemptAt = d.nextAttemptAt();
        this.sentAt = d.sentAt().orElse(null);
    }
}
