package org.civility.persistence.appraisal;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.civility.core.appraisal.CampaignId;
import org.civility.core.appraisal.Recommendation;
import org.civility.core.appraisal.RecommendationId;
import org.civility.core.appraisal.RecommendationRepository;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.persistence.internal.Pages;
import org.civility.persistence.internal.StoredVersions;

import static java.util.Objects.requireNonNull;

/** {@link RecommendationRepository} over JPA (R-APPR-2); runs in the caller's transaction. */
public class JpaRecommendationRepository implements RecommendationRepository {

    private final EntityManager em;

    public JpaRecommendationRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public Optional<Recommendation> find(RecommendationId id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(em.find(RecommendationEntity.class, id.toString()))
                .map(RecommendationMapper::toDomain);
    }

    @Override
    public Recommendation store(Recommendation recommendation) {
        requireNonNull(recommendation, "recommendation");
        RecommendationEntity e = StoredVersions.store(em, RecommendationEntity.class, "recommendation",
                recommendation.id(), recommendation.version(), RecommendationEntity::new,
                row -> RecommendationMapper.copy(recommendation, row), row -> row.version);
        return RecommendationMapper.toDomain(e);
    }

    @Override
    public Page<Recommendation> byCampaign(CampaignId campaign, PageRequest page) {
        requireNonNull(campaign, "campaign");
        return Pages.of(em.createQuery("select r from RecommendationEntity r where r.campaignId = :campaign "
                        + "order by r.recommendedAt, r.id", RecommendationEntity.class)
                .setParameter("campaign", campaign.toString()), page, RecommendationMapper::toDomain);
    }

    @Override
    public Page<Recommendation> byCampaignAndRecommender(CampaignId campaign, String recommender, PageRequest page) {
        requireNonNull(campaign, "campaign");
        requireNonNull(recommender, "recommender");
        return Pages.of(em.createQuery("select r from RecommendationEntity r where r.campaignId = :campaign "
                                + "and r.recommendedBy = :recommender order by r.recommendedAt, r.id",
                        RecommendationEntity.class)
                .setParameter("campaign", campaign.toString())
                .setParameter("recommender", recommender), page, RecommendationMapper::toDomain);
    }
}
