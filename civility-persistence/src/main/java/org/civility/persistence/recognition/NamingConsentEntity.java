package org.civility.persistence.recognition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A volunteer's answer about public naming as stored; the latest answer overwrites the row. */
@Entity
@Table(name = "civ_naming_consent")
public class NamingConsentEntity {

    @Id
    @Column(name = "volunteer_id", length = 36)
    String volunteerId;

    @Column(name = "consented", nullable = false)
    boolean consented;

    @Column(name = "answered_at", nullable = false)
    Instant answeredAt;

    protected NamingConsentEntity() {
    }

    NamingConsentEntity(String volunteerId) {
        this.volunteerId = volunteerId;
    }
}
