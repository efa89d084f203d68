package org.civility.core.contract;

import java.util.Optional;
import java.util.UUID;

import org.civility.core.appraisal.AppraisalCampaign;
import org.civility.core.appraisal.NominationId;
import org.civility.core.appraisal.Recommendation;
import org.civility.core.appraisal.RecommendationId;
import org.civility.core.appraisal.RecommendationRepository;
import org.civility.core.appraisal.RecommendationStatus;
import org.civility.core.appraisal.Household;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.AppraisalFixtures.aCampaign;
import static org.civility.core.fixtures.AppraisalFixtures.aHousehold;
import static org.civility.core.fixtures.AppraisalFixtures.day;

/**
 * What every {@link RecommendationRepository} must do (R-APPR-2). Subclass it per adapter; tests use fresh ids and
 * never assume an empty store.
 */
public abstract class RecommendationRepositoryContract {

    protected abstract RecommendationRepository repository();

    /** A campaign recommendations may be stored for; override to store it first where rows refer to it. */
    protected AppraisalCampaign aNominatingCampaign() {
        return aCampaign().build();
    }

    private static Recommendation aRecommendation(AppraisalCampaign campaign, String by, int day) {
        return Recommendation.recommend(new RecommendationId(UUID.randomUUID()), campaign, "张桂兰",
                "十年如一日照顾瘫痪的婆婆，邻里有口皆碑", by, day(day));
    }

    @Test
    void roundTripsAPendingRecommendation() {
        AppraisalCampaign campaign = aNominatingCampaign();
        Recommendation made = aRecommendation(campaign, "wang", 1);

        Recommendation stored = repository().store(made);
        Recommendation found = repository().find(made.id()).orElseThrow();

        assertThat(stored.version()).isEqualTo(1);
        assertThat(found.id()).isEqualTo(made.id());
        assertThat(found.campaign()).isEqualTo(campaign.id());
        assertThat(found.person()).isEqualTo("张桂兰");
        assertThat(found.deed()).isEqualTo("十年如一日照顾瘫痪的婆婆，邻里有口皆碑");
        assertThat(found.recommendedBy()).isEqualTo("wang");
        assertThat(found.recommendedAt()).isEqualTo(day(1));
        assertThat(found.status()).isEqualTo(RecommendationStatus.PENDING);
        assertThat(found.decidedBy()).isEmpty();
        assertThat(found.decidedAt()).isEmpty();
        assertThat(found.nomination()).isEmpty();
        assertThat(found.declineReason()).isEmpty();
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void roundTripsAConfirmedAndADeclinedRecommendation() {
        AppraisalCampaign campaign = aNominatingCampaign();
        Household zhangs = aHousehold().at(campaign.unit()).build();
        Recommendation confirmed = repository().store(aRecommendation(campaign, "wang", 1));
        Recommendation declined = repository().store(aRecommendation(campaign, "li", 2));
        NominationId nomination = new NominationId(UUID.randomUUID());
        confirmed.confirm(campaign, nomination, zhangs, Optional.empty(), "居委刘主任", day(3));
        declined.decline(campaign, "已在本次评选中提名", "居委刘主任", day(4));

        repository().store(confirmed);
        repository().store(declined);

        Recommendation c = repository().find(confirmed.id()).orElseThrow();
        assertThat(c.status()).isEqualTo(RecommendationStatus.CONFIRMED);
        assertThat(c.decidedBy()).contains("居委刘主任");
        assertThat(c.decidedAt()).contains(day(3));
        assertThat(c.nomination()).contains(nomination);
        assertThat(c.declineReason()).isEmpty();
        assertThat(c.version()).isEqualTo(2);
        Recommendation d = repository().find(declined.id()).orElseThrow();
        assertThat(d.status()).isEqualTo(RecommendationStatus.DECLINED);
        assertThat(d.decidedAt()).contains(day(4));
        assertThat(d.nomination()).isEmpty();
        assertThat(d.declineReason()).contains("已在本次评选中提名");
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(repository().find(new RecommendationId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void refusesAStaleStore() {
        AppraisalCampaign campaign = aNominatingCampaign();
        Recommendation made = aRecommendation(campaign, "wang", 1);
        repository().store(made);
        Recommendation first = repository().find(made.id()).orElseThrow();
        Recommendation second = repository().find(made.id()).orElseThrow();
        first.decline(campaign, "不符合条件", "居委刘主任", day(2));
        repository().store(first);
        second.decline(campaign, "重复推荐", "居委王委员", day(2));

        assertThatThrownBy(() -> repository().store(made))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
        assertThatThrownBy(() -> repository().store(second))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
        assertThat(repository().find(made.id()).orElseThrow().declineReason()).contains("不符合条件");
    }

    @Test
    void listsACampaignsRecommendationsOldestFirstInPagesAndARecommendersOwn() {
        AppraisalCampaign campaign = aNominatingCampaign();
        Recommendation third = repository().store(aRecommendation(campaign, "wang", 3));
        Recommendation first = repository().store(aRecommendation(campaign, "wang", 1));
        Recommendation second = repository().store(aRecommendation(campaign, "li", 2));
        repository().store(aRecommendation(aNominatingCampaign(), "wang", 1));

        Page<Recommendation> page1 = repository().byCampaign(campaign.id(), new PageRequest(0, 2));
        Page<Recommendation> page2 = repository().byCampaign(campaign.id(), new PageRequest(2, 2));
        Page<Recommendation> wangs = repository().byCampaignAndRecommender(campaign.id(), "wang", new PageRequest(0, 10));

        assertThat(page1.items()).extracting(Recommendation::id).containsExactly(first.id(), second.id());
        assertThat(page1.hasMore()).isTrue();
        assertThat(page2.items()).extracting(Recommendation::id).containsExactly(third.id());
        assertThat(page2.hasMore()).isFalse();
        assertThat(wangs.items()).extracting(Recommendation::id).containsExactly(first.id(), third.id());
        assertThat(repository().byCampaignAndRecommender(campaign.id(), "zhao", new PageRequest(0, 10)).items())
                .isEmpty();
    }
}
