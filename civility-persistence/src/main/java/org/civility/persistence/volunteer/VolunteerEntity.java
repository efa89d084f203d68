package org.civility.persistence.volunteer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A registered volunteer as stored. The resident ID number and phone are kept in full (certificates
 * need them) and are unique per resident ID ({@code uq_civ_volunteer_resident_id}); {@link #toString()}
 * never prints them.
 */
@Entity
@Table(name = "civ_volunteer")
public class VolunteerEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "home_unit_id", nullable = false, length = 36)
    String homeUnitId;

    @Column(name = "real_name", nullable = false, length = 50)
    String realName;

    @Column(name = "resident_id", nullable = false, length = 18)
    String residentId;

    @Column(name = "phone", nullable = false, length = 11)
    String phone;

    @Column(name = "origin", nullable = false, length = 32)
    String origin;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_volunteer_skill", joinColumns = @JoinColumn(name = "volunteer_id"))
    @Column(name = "skill", nullable = false, length = 30)
    Set<String> skills = new HashSet<>();

    /** Null when no guardian consented (an adult, usually). */
    @Embedded
    GuardianConsentEmbeddable guardianConsent;

    @Column(name = "registered_at", nullable = false)
    Instant registeredAt;

    @Column(name = "status", nullable = false, length = 16)
    String status;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected VolunteerEntity() {
    }

    VolunteerEntity(String id) {
        this.id = id;
    }

    /** Ids only: personal data never reaches a log. */
    @Override
    public String toString() {
        return "VolunteerEntity[" + id + ", v" + version + "]";
    }
}
