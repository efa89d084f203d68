package org.civility.persistence.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The kept answer to a request with an {@code Idempotency-Key}. */
@Entity
@Table(name = "civ_idempotent_reply")
public class IdempotentReplyEntity {

    @Id
    @Column(name = "key_digest", length = 64)
    String keyDigest;

    @Column(name = "fingerprint", nullable = false, length = 64)
    String fingerprint;

    @Column(name = "status", nullable = false)
    int status;

    @Column(name = "location", length = 2000)
    String location;

    /** Long text (TEXT, LONGTEXT, CLOB), bound as a string. */
    @Column(name = "body")
    String body;

    @Column(name = "stored_at", nullable = false)
    Instant storedAt;

    protected IdempotentReplyEntity() {
    }
}
