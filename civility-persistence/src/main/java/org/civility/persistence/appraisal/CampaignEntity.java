package org.civility.persistence.appraisal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.civility.core.appraisal.AppraisalKind;
import org.civility.core.appraisal.CampaignPhase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An appraisal campaign as stored. Voting window, notice and award are nullable column groups,
 * present from the phase that sets them. Votes carry a unique (campaign, household): the database's
 * backstop for R-APPR-1.
 */
@Entity
@Table(name = "civ_appraisal_campaign")
public class CampaignEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "unit_id", nullable = false, length = 36)
    String unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    AppraisalKind kind;

    @Column(name = "title", nullable = false, length = 200)
    String title;

    @Column(name = "campaign_year", nullable = false)
    int year;

    @Column(name = "places", nullable = false)
    int places;

    @Column(name = "created_by", nullable = false, length = 128)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase", nullable = false, length = 16)
    CampaignPhase phase;

    @Column(name = "voting_opens")
    Instant votingOpens;

    @Column(name = "voting_closes")
    Instant votingCloses;

    @Column(name = "notice_starts")
    Instant noticeStarts;

    @Column(name = "notice_ends")
    Instant noticeEnds;

    @Column(name = "awarded_at")
    Instant awardedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_appraisal_criterion", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderColumn(name = "position")
    @Column(name = "criterion", nullable = false, length = 500)
    List<String> criteria = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_appraisal_star_threshold", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderColumn(name = "position")
    @Column(name = "votes", nullable = false)
    List<Integer> starThresholds = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_appraisal_nomination", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderColumn(name = "position")
    List<NominationEmbeddable> nominations = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_appraisal_vote", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderColumn(name = "position")
    List<VoteEmbeddable> votes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_appraisal_objection", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderColumn(name = "position")
    List<ObjectionEmbeddable> objections = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected CampaignEntity() {
    }

    CampaignEntity(String id) {
        this.id = id;
    }
}
