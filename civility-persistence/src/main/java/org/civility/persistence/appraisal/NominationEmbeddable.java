package org.civility.persistence.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.civility.core.appraisal.NominationStatus;

import java.time.Instant;
import java.util.Objects;

/** A nomination of a campaign, as stored. */
@Embeddable
public class NominationEmbeddable {

    @Column(name = "nomination_id", nullable = false, length = 36)
    String nominationId;

    @Column(name = "household_id", nullable = false, length = 36)
    String householdId;

    @Column(name = "person", length = 100)
    String person;

    @Column(name = "reason", nullable = false, length = 1000)
    String reason;

    @Column(name = "nominated_by", nullable = false, length = 128)
    String nominatedBy;

    @Column(name = "nominated_at", nullable = false)
    Instant nominatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    NominationStatus status;

    @Column(name = "stars")
    Integer stars;

    protected NominationEmbeddable() {
    }

    NominationEmbeddable(String nominationId, String householdId, String person, String reason, String nominatedBy,
                         Instant nominatedAt, NominationStatus status, Integer stars) {
        this.nominationId = nominationId;
        this.householdId = householdId;
        this.person = person;
        this.reason = reason;
        this.nominatedBy = nominatedBy;
        this.nominatedAt = nominatedAt;
        this.status = status;
        this.stars = stars;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NominationEmbeddable n && Objects.equals(nominationId, n.nominationId)
                && Objects.equals(householdId, n.householdId) && Objects.equals(person, n.person)
                && Objects.equals(reason, n.reason) && Objects.equals(nominatedBy, n.nominatedBy)
                && Objects.equals(nominatedAt, n.nominatedAt) && status == n.status && Objects.equals(stars, n.stars);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nominationId, householdId, person, reason, nominatedBy, nominatedAt, status, stars);
    }
}
