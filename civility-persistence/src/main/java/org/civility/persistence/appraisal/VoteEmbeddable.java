package org.civility.persistence.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.Objects;

/** A household's vote in a campaign, as stored (unique per campaign and household, R-APPR-1). */
@Embeddable
public class VoteEmbeddable {

    @Column(name = "household_id", nullable = false, length = 36)
    String householdId;

    @Column(name = "nomination_id", nullable = false, length = 36)
    String nominationId;

    @Column(name = "voter", nullable = false, length = 100)
    String voter;

    @Column(name = "cast_at", nullable = false)
    Instant castAt;

    protected VoteEmbeddable() {
    }

    VoteEmbeddable(String householdId, String nominationId, String voter, Instant castAt) {
        this.householdId = householdId;
        this.nominationId = nominationId;
        this.voter = voter;
        this.castAt = castAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VoteEmbeddable v && Objects.equals(householdId, v.householdId)
                && Objects.equals(nominationId, v.nominationId) && Objects.equals(voter, v.voter)
                && Objects.equals(castAt, v.castAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(householdId, nominationId, voter, castAt);
    }
}
