package org.civility.core.appraisal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.ExpectedVersion;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;

import static java.util.Objects.requireNonNull;

/**
 * Residents' recommendations of good people (推荐身边好人) for appraisal campaigns, and the committee's decision on
 * them (R-APPR-2). Every method checks access at the campaign's unit first: VOTE lets a resident recommend and read
 * their own recommendations; CONFIRM_RECOMMENDATIONS (the residents' committee, 居委/村委; heads and administrators
 * too) reads all of a campaign's with who recommended, and confirms or declines them. Who recommended is never shown
 * to other residents.
 *
 * <p>Transactions: a portal runs each command in one transaction. {@link #confirm} stores the campaign with its new
 * nomination and then the recommendation; the campaign's version makes a concurrent second confirmation fail.
 */
public final class RecommendationService {

    private final RecommendationRepository recommendations;
    private final AppraisalCampaignRepository campaigns;
    private final HouseholdRepository households;
    private final AccessControl access;
    private final Clock clock;
    private final IdSource ids;
    private final EventPublisher events;

    public RecommendationService(RecommendationRepository recommendations, AppraisalCampaignRepository campaigns,
                                 HouseholdRepository households, AccessControl access, Clock clock, IdSource ids,
                                 EventPublisher events) {
        this.recommendations = requireNonNull(recommendations, "recommendations");
        this.campaigns = requireNonNull(campaigns, "campaigns");
        this.households = requireNonNull(households, "households");
        this.access = requireNonNull(access, "access");
        this.clock = requireNonNull(clock, "clock");
        this.ids = requireNonNull(ids, "ids");
        this.events = requireNonNull(events, "events");
    }

    /**
     * Recommends a good person for a campaign that is nominating. Needs VOTE at the campaign's unit.
     *
     * @throws CivilityException {@link AppraisalError#PHASE}, {@link AppraisalError#RECOMMENDATION_TOO_LONG}, REQUIRED
     */
    public Recommendation recommend(Actor actor, RecommendGoodPerson command) {
        AppraisalCampaign campaign = campaign(command.campaign());
        access.require(actor, Permission.VOTE, campaign.unit());
        Instant at = clock.instant();
        Recommendation stored = recommendations.store(Recommendation.recommend(new RecommendationId(ids.nextId()),
                campaign, command.person(), command.deed(), actor.name(), at));
        events.publish(new GoodPersonRecommended(campaign.id(), campaign.unit(), stored.id(), actor.name(), at));
        return stored;
    }

    /**
     * A campaign's recommendations, oldest first: all of them for CONFIRM_RECOMMENDATIONS at its unit, otherwise
     * (VOTE there) only the actor's own.
     */
    public Page<Recommendation> list(Actor actor, CampaignId campaignId, PageRequest page) {
        AppraisalCampaign campaign = campaign(campaignId);
        if (access.permits(actor, Permission.CONFIRM_RECOMMENDATIONS, campaign.unit())) {
            return recommendations.byCampaign(campaign.id(), page);
        }
        access.require(actor, Permission.VOTE, campaign.unit());
        return recommendations.byCampaignAndRecommender(campaign.id(), actor.name(), page);
    }

    /**
     * One recommendation: for the resident who made it and for CONFIRM_RECOMMENDATIONS at the campaign's unit.
     *
     * @throws CivilityException NOT-FOUND also when the recommendation is another resident's
     */
    public Recommendation get(Actor actor, CampaignId campaignId, RecommendationId id) {
        AppraisalCampaign campaign = campaign(campaignId);
        if (access.permits(actor, Permission.CONFIRM_RECOMMENDATIONS, campaign.unit())) {
            return recommendation(campaign, id);
        }
        access.require(actor, Permission.VOTE, campaign.unit());
        Recommendation recommendation = recommendation(campaign, id);
        if (!recommendation.recommendedBy().equals(actor.name())) {
            throw notFound(id);
        }
        return recommendation;
    }

    /**
     * Confirms a recommendation into a nomination of its campaign (R-APPR-2), if it is still at
     * {@code expectedVersion} (the version the caller read, If-Match; null not to check). Needs
     * CONFIRM_RECOMMENDATIONS at the campaign's unit.
     *
     * @throws CivilityException {@link AppraisalError#RECOMMENDATION_DECIDED}, {@link AppraisalError#PHASE},
     *                           {@link AppraisalError#NOMINEE_OUTSIDE_UNIT}, {@link AppraisalError#ALREADY_NOMINATED},
     *                           NOT-FOUND, STALE-VERSION
     */
    public Recommendation confirm(Actor actor, ConfirmRecommendation command, Long expectedVersion) {
        AppraisalCampaign campaign = campaign(command.campaign());
        access.require(actor, Permission.CONFIRM_RECOMMENDATIONS, campaign.unit());
        Recommendation recommendation = recommendation(campaign, command.recommendation());
        ExpectedVersion.check("recommendation", recommendation.id(), expectedVersion, recommendation.version());
        Household household = household(command.household());
        Instant at = clock.instant();
        Nomination nomination = recommendation.confirm(campaign, new NominationId(ids.nextId()), household,
                Optional.ofNullable(command.person()), actor.name(), at);
        AppraisalCampaign storedCampaign = campaigns.store(campaign);
        Recommendation stored = recommendations.store(recommendation);
        events.publish(new NomineeNominated(storedCampaign.id(), storedCampaign.unit(), nomination.id(),
                nomination.nominee(), actor.name(), at));
        events.publish(new RecommendationConfirmed(storedCampaign.id(), storedCampaign.unit(), stored.id(),
                nomination.id(), actor.name(), at));
        return stored;
    }

    /**
     * Declines a recommendation with a reason (R-APPR-2), if it is still at {@code expectedVersion} (null not to
     * check). Needs CONFIRM_RECOMMENDATIONS at the campaign's unit.
     *
     * @throws CivilityException {@link AppraisalError#RECOMMENDATION_DECIDED}, {@link AppraisalError#PHASE}, REQUIRED,
     *                           NOT-FOUND, STALE-VERSION
     */
    public Recommendation decline(Actor actor, DeclineRecommendation command, Long expectedVersion) {
        AppraisalCampaign campaign = campaign(command.campaign());
        access.require(actor, Permission.CONFIRM_RECOMMENDATIONS, campaign.unit());
        Recommendation recommendation = recommendation(campaign, command.recommendation());
        ExpectedVersion.check("recommendation", recommendation.id(), expectedVersion, recommendation.version());
        Instant at = clock.instant();
        recommendation.decline(campaign, command.reason(), actor.name(), at);
        Recommendation stored = recommendations.store(recommendation);
        events.publish(new RecommendationDeclined(campaign.id(), campaign.unit(), stored.id(), actor.name(), at));
        return stored;
    }

    private Recommendation recommendation(AppraisalCampaign campaign, RecommendationId id) {
        Checks.required(id, "recommendation");
        return recommendations.find(id).filter(r -> r.campaign().equals(campaign.id()))
                .orElseThrow(() -> notFound(id));
    }

    private static CivilityException notFound(RecommendationId id) {
        return CivilityException.of(SharedError.NOT_FOUND, "what", "recommendation", "id", id);
    }

    private Household household(HouseholdId id) {
        Checks.required(id, "household");
        return households.find(id).orElseThrow(() ->
                CivilityException.of(SharedError.NOT_FOUND, "what", "household", "id", id));
    }

    private AppraisalCampaign campaign(CampaignId id) {
        Checks.required(id, "campaign");
        return campaigns.find(id).orElseThrow(() ->
                CivilityException.of(SharedError.NOT_FOUND, "what", "campaign", "id", id));
    }
}
