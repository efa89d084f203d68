package org.civility.persistence.appraisal;

import java.util.Optional;

import org.civility.core.appraisal.CampaignId;
import org.civility.core.appraisal.NominationId;
import org.civility.core.appraisal.Recommendation;
import org.civility.core.appraisal.RecommendationId;
import org.civility.core.appraisal.RecommendationStatus;

/** Maps recommendations between core and their JPA model. */
final class RecommendationMapper {

    private RecommendationMapper() {
    }

    /** Rebuilds the aggregate through {@link Recommendation#restore}, so stored rows are checked again. */
    static Recommendation toDomain(RecommendationEntity e) {
        return Recommendation.restore(RecommendationId.of(e.id), CampaignId.of(e.campaignId), e.person, e.deed,
                e.recommendedBy, e.recommendedAt, RecommendationStatus.valueOf(e.status),
                Optional.ofNullable(e.decidedBy), Optional.ofNullable(e.decidedAt),
                Optional.ofNullable(e.nominationId).map(NominationId::of), Optional.ofNullable(e.declineReason),
                e.version);
    }

    /** Copies every field but id and version onto {@code e}. */
    static void copy(Recommendation r, RecommendationEntity e) {
        e.campaignId = r.campaign().toString();
        e.person = r.person();
        e.deed = r.deed();
        e.recommendedBy = r.recommendedBy();
        e.recommendedAt = r.recommendedAt();
        e.status = r.status().name();
        e.decidedBy = r.decidedBy().orElse(null);
        e.decidedAt = r.decidedAt().orElse(null);
        e.nominationId = r.nomination().map(NominationId::toString).orElse(null);
        e.declineReason = r.declineReason().orElse(null);
    }
}
