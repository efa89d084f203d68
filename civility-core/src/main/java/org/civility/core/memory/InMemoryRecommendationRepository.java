package org.civility.core.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.civility.core.appraisal.CampaignId;
import org.civility.core.appraisal.Recommendation;
import org.civility.core.appraisal.RecommendationId;
import org.civility.core.appraisal.RecommendationRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;

/** Recommendations of good people in memory, as snapshots: thread-safe; callers never share state with the store. */
public final class InMemoryRecommendationRepository implements RecommendationRepository {

    private static final Comparator<Recommendation> OLDEST_FIRST = Comparator
            .comparing(Recommendation::recommendedAt)
            .thenComparing(r -> r.id().toString());

    private final Map<RecommendationId, Recommendation> recommendations = new HashMap<>();

    @Override
    public synchronized Optional<Recommendation> find(RecommendationId id) {
        return Optional.ofNullable(recommendations.get(id)).map(r -> copy(r, r.version()));
    }

    @Override
    public synchronized Recommendation store(Recommendation recommendation) {
        Recommendation current = recommendations.get(recommendation.id());
        long actual = current == null ? 0 : current.version();
        if (recommendation.version() != actual) {
            throw CivilityException.of(SharedError.STALE_VERSION, "what", "recommendation", "id",
                    recommendation.id(), "expected", recommendation.version(), "actual", actual);
        }
        Recommendation stored = copy(recommendation, actual + 1);
        recommendations.put(stored.id(), stored);
        return copy(stored, stored.version());
    }

    @Override
    public synchronized Page<Recommendation> byCampaign(CampaignId campaign, PageRequest page) {
        return Page.of(recommendations.values().stream()
                .filter(r -> r.campaign().equals(campaign))
                .sorted(OLDEST_FIRST)
                .map(r -> copy(r, r.version()))
                .toList(), page);
    }

    @Override
    public synchronized Page<Recommendation> byCampaignAndRecommender(CampaignId campaign, String recommender,
                                                                   PageRequest page) {
        return Page.of(recommendations.values().stream()
                .filter(r -> r.campaign().equals(campaign) && r.recommendedBy().equals(recommender))
                .sorted(OLDEST_FIRST)
                .map(r -> copy(r, r.version()))
                .toList(), page);
    }

    private static Recommendation copy(Recommendation r, long version) {
        return Recommendation.restore(r.id(), r.campaign(), r.person(), r.deed(), r.recommendedBy(),
                r.recommendedAt(), r.status(), r.decidedBy(), r.decidedAt(), r.nomination(), r.declineReason(),
                version);
    }
}
