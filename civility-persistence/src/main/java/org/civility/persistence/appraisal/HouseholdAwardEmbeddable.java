package org.civility.persistence.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.civility.core.appraisal.AppraisalKind;

import java.time.Instant;
import java.util.Objects;

/** One award in a household's history, as stored. */
@Embeddable
public class HouseholdAwardEmbeddable {

    @Column(name = "campaign_id", nullable = false, length = 36)
    String campaignId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    AppraisalKind kind;

    @Column(name = "title", nullable = false, length = 200)
    String title;

    @Column(name = "award_year", nullable = false)
    int year;

    @Column(name = "person", length = 100)
    String person;

    @Column(name = "stars")
    Integer stars;

    @Column(name = "awarded_at", nullable = false)
    Instant awardedAt;

    protected HouseholdAwardEmbeddable() {
    }

    HouseholdAwardEmbeddable(String campaignId, AppraisalKind kind, String title, int year, String person,
                             Integer stars, Instant awardedAt) {
        this.campaignId = campaignId;
        this.kind = kind;
        this.title = title;
        this.year = year;
        this.person = person;
        this.stars = stars;
        this.awardedAt = awardedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HouseholdAwardEmbeddable a && year == a.year && Objects.equals(campaignId, a.campaignId)
                && kind == a.kind && Objects.equals(title, a.title) && Objects.equals(person, a.person)
                && Objects.equals(stars, a.stars) && Objects.equals(awardedAt, a.awardedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(campaignId, kind, title, year, person, stars, awardedAt);
    }
}
