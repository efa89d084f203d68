package org.civility.persistence.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A resident's recommendation of a good person for a campaign (R-APPR-2); the decision's columns null while pending. */
@Entity
@Table(name = "civ_appraisal_recommendation")
public class RecommendationEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "campaign_id", nullable = false, length = 36)
    String campaignId;

    @Column(name = "person", nullable = false, length = 100)
    String person;

    @Column(name = "deed", nullable = false, length = 500)
    String deed;

    @Column(name = "recommended_by", nullable = false, length = 128)
    String recommendedBy;

    @Column(name = "recommended_at", nullable = false)
    Instant recommendedAt;

    @Column(name = "status", nullable = false, length = 16)
    String status;

    @Column(name = "decided_by", length = 128)
    String decidedBy;

    @Column(name = "decided_at")
    Instant decidedAt;

    @Column(name = "nomination_id", length = 36)
    String nominationId;

    @Column(name = "decline_reason", length = 500)
    String declineReason;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected RecommendationEntity() {
    }

    RecommendationEntity(String id) {
        this.id = id;
    }
}
