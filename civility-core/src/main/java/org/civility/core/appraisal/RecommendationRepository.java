package org.civility.core.appraisal;

import java.util.Optional;

import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;

/** Where residents' recommendations of good people are kept (R-APPR-2). */
public interface RecommendationRepository {

    Optional<Recommendation> find(RecommendationId id);

    /**
     * Inserts or updates.
     *
     * @return the recommendation as stored, with its new version
     * @throws CivilityException STALE-VERSION if {@code recommendation.version()} differs from the stored version
     */
    Recommendation store(Recommendation recommendation);

    /** The recommendations for {@code campaign}, oldest first (then by id). */
    Page<Recommendation> byCampaign(CampaignId campaign, PageRequest page);

    /** The recommendations for {@code campaign} made by the account {@code recommender}, oldest first (then by id). */
    Page<Recommendation> byCampaignAndRecommender(CampaignId campaign, String recommender, PageRequest page);
}
