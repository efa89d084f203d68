package org.civility.persistence.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.civility.core.certificate.IdType;

import java.time.Instant;
import java.time.LocalDate;

/** An issued certificate as stored; never updated after its insert. */
@Entity
@Table(name = "civ_certificate")
public class ServiceCertificateEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "cert_number", nullable = false, length = 64, updatable = false)
    String number;

    @Column(name = "issuer_id", nullable = false, length = 36, updatable = false)
    String issuerId;

    @Column(name = "issuer_name", nullable = false, length = 200, updatable = false)
    String issuerName;

    @Column(name = "cert_prefix", nullable = false, length = 32, updatable = false)
    String prefix;

    @Column(name = "issue_year", nullable = false, updatable = false)
    int year;

    @Column(name = "seq_no", nullable = false, updatable = false)
    long sequence;

    @Column(name = "recording_unit_id", nullable = false, length = 36, updatable = false)
    String recordingUnitId;

    @Column(name = "volunteer_id", nullable = false, length = 36, updatable = false)
    String volunteerId;

    @Column(name = "volunteer_name", nullable = false, length = 200, updatable = false)
    String volunteerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_type", nullable = false, length = 32, updatable = false)
    IdType idType;

    @Column(name = "id_number", nullable = false, length = 64, updatable = false)
    String idNumber;

    @Column(name = "volunteer_number", nullable = false, length = 64, updatable = false)
    String volunteerNumber;

    @Column(name = "minutes", nullable = false, updatable = false)
    long minutes;

    @Column(name = "entries", nullable = false, updatable = false)
    int entries;

    @Column(name = "content", nullable = false, length = 1000, updatable = false)
    String content;

    @Column(name = "served_from", nullable = false, updatable = false)
    LocalDate servedFrom;

    @Column(name = "served_to", nullable = false, updatable = false)
    LocalDate servedTo;

    @Column(name = "person_in_charge", nullable = false, length = 200, updatable = false)
    String personInCharge;

    @Column(name = "handler", nullable = false, length = 200, updatable = false)
    String handler;

    @Column(name = "contact", nullable = false, length = 200, updatable = false)
    String contact;

    @Column(name = "issued_on", nullable = false, updatable = false)
    LocalDate issuedOn;

    @Column(name = "issued_at", nullable = false, updatable = false)
    Instant issuedAt;

    @Column(name = "verification_token", nullable = false, length = 64, updatable = false)
    String verificationToken;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected ServiceCertificateEntity() {
    }

    ServiceCertificateEntity(String id) {
        this.id = id;
    }
}
