package org.civility.core.appraisal;

import java.time.Instant;
import java.util.Optional;

import org.civility.core.shared.CivilityException;

/**
 * A resident's recommendation of a good person (推荐身边好人) for an {@link AppraisalCampaign} (R-APPR-2): the
 * person's name and the good deed in the resident's own words, who recommended and when.
 *
 * <p>Lifecycle, decided once: {@link RecommendationStatus#PENDING} until the committee either
 * {@link #confirm confirms} it, which nominates the person in the campaign ({@link RecommendationStatus#CONFIRMED},
 * keeping the nomination's id), or {@link #decline declines} it with a reason ({@link RecommendationStatus#DECLINED}).
 * Recommending, confirming and declining are possible only while the campaign is
 * {@link CampaignPhase#NOMINATING}; a second decision is refused with
 * {@link AppraisalError#RECOMMENDATION_DECIDED}.
 *
 * <p>An aggregate beside the campaign (ADR 0035), referring to it by id: residents recommending do not contend
 * for the campaign's version, and who recommended (personal data) stays out of the campaign, which every resident
 * of the unit reads; the nomination names the committee member who confirmed it.
 *
 * <p>Invariants: the decision's fields (who, when) are present exactly when the status is not PENDING; a confirmed
 * recommendation names its nomination and a declined one its reason, and nothing else does.
 */
public final class Recommendation {

    /** The longest name of the recommended person. */
    public static final int MAX_PERSON = 100;
    /** The longest description of the good deed. */
    public static final int MAX_DEED = 500;
    /** The longest reason of a decline. */
    public static final int MAX_REASON = 500;

    private final RecommendationId id;
    private final CampaignId campaign;
    private final String person;
    private final String deed;
    private final String recommendedBy;
    private final Instant recommendedAt;
    private RecommendationStatus status;
    private Optional<String> decidedBy;
    private Optional<Instant> decidedAt;
    private Optional<NominationId> nomination;
    private Optional<String> declineReason;
    private final long version;

    private Recommendation(RecommendationId id, CampaignId campaign, String person, String deed, String recommendedBy,
                           Instant recommendedAt, RecommendationStatus status, Optional<String> decidedBy,
                           Optional<Instant> decidedAt, Optional<NominationId> nomination,
                           Optional<String> declineReason, long version) {
        this.id = Checks.required(id, "id");
        this.campaign = Checks.required(campaign, "campaign");
        this.person = limited(Checks.required(person, "person"), "person", MAX_PERSON);
        this.deed = limited(Checks.required(deed, "deed"), "deed", MAX_DEED);
        this.recommendedBy = Checks.required(recommendedBy, "recommendedBy");
        this.recommendedAt = Checks.required(recommendedAt, "recommendedAt");
        this.status = Checks.required(status, "status");
        this.decidedBy = Checks.optional(decidedBy, "decidedBy");
        this.decidedAt = Checks.required(decidedAt, "decidedAt");
        this.nomination = Checks.required(nomination, "nomination");
        this.declineReason = Checks.optional(declineReason, "declineReason")
                .map(r -> limited(r, "reason", MAX_REASON));
        this.version = version;
        checkState();
    }

    /**
     * A resident recommends a good person for {@code campaign} (R-APPR-2: only while it nominates).
     *
     * @throws CivilityException {@link AppraisalError#PHASE}, REQUIRED, {@link AppraisalError#RECOMMENDATION_TOO_LONG}
     */
    public static Recommendation recommend(RecommendationId id, AppraisalCampaign campaign, String person, String deed,
                                           String by, Instant at) {
        Checks.required(campaign, "campaign");
        requireNominating(campaign, "recommend");
        return new Recommendation(id, campaign.id(), person, deed, by, at, RecommendationStatus.PENDING,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0);
    }

    /** Rebuilds a stored recommendation, checking the invariants again. For persistence adapters. */
    public static Recommendation restore(RecommendationId id, CampaignId campaign, String person, String deed,
                                         String recommendedBy, Instant recommendedAt, RecommendationStatus status,
                                         Optional<String> decidedBy, Optional<Instant> decidedAt,
                                         Optional<NominationId> nomination, Optional<String> declineReason,
                                         long version) {
        return new Recommendation(id, campaign, person, deed, recommendedBy, recommendedAt, status, decidedBy,
                decidedAt, nomination, declineReason, version);
    }

    /**
     * Confirms the recommendation: nominates the person, as a person of {@code household}, in {@code campaign} with
     * the deed as the reason (R-APPR-2). The nomination names {@code by}, the committee member, not the resident.
     *
     * @param household the good person's household, of the campaign's unit
     * @param person    the name to nominate; empty keeps the recommended name
     * @return the nomination made in {@code campaign}, which the caller stores with the campaign
     * @throws CivilityException {@link AppraisalError#RECOMMENDATION_DECIDED} once decided, {@link AppraisalError#PHASE}
     *                           unless the campaign nominates, {@link AppraisalError#NOMINEE_OUTSIDE_UNIT},
     *                           {@link AppraisalError#ALREADY_NOMINATED}, NOT-FOUND if {@code campaign} is not the
     *                           recommendation's
     */
    public Nomination confirm(AppraisalCampaign campaign, NominationId nominationId, Household household,
                              Optional<String> person, String by, Instant at) {
        requireOwnCampaign(campaign);
        requirePending("confirm");
        requireNominating(campaign, "confirmRecommendation");
        if (!Checks.required(household, "household").unit().equals(campaign.unit())) {
            throw CivilityException.of(AppraisalError.NOMINEE_OUTSIDE_UNIT, "campaign", campaign.id(),
                    "household", household.id());
        }
        String name = Checks.optional(Checks.required(person, "person"), "person").orElse(this.person);
        Nomination made = campaign.nominate(nominationId, Nominee.person(limited(name, "person", MAX_PERSON),
                household.id()), deed, Checks.required(by, "by"), Checks.required(at, "at"));
        this.status = RecommendationStatus.CONFIRMED;
        this.decidedBy = Optional.of(by);
        this.decidedAt = Optional.of(at);
        this.nomination = Optional.of(made.id());
        return made;
    }

    /**
     * Declines the recommendation with a reason the resident reads (R-APPR-2).
     *
     * @throws CivilityException {@link AppraisalError#RECOMMENDATION_DECIDED} once decided, {@link AppraisalError#PHASE}
     *                           unless the campaign nominates, REQUIRED without a reason, NOT-FOUND if {@code campaign}
     *                           is not the recommendation's
     */
    public void decline(AppraisalCampaign campaign, String reason, String by, Instant at) {
        requireOwnCampaign(campaign);
        requirePending("decline");
        requireNominating(campaign, "declineRecommendation");
        String why = limited(Checks.required(reason, "reason"), "reason", MAX_REASON);
        this.status = RecommendationStatus.DECLINED;
        this.decidedBy = Optional.of(Checks.required(by, "by"));
        this.decidedAt = Optional.of(Checks.required(at, "at"));
        this.declineReason = Optional.of(why);
    }

    public boolean pending() {
        return status == RecommendationStatus.PENDING;
    }

    private void requireOwnCampaign(AppraisalCampaign other) {
        if (!Checks.required(other, "campaign").id().equals(campaign)) {
            throw CivilityException.of(org.civility.core.shared.SharedError.NOT_FOUND, "what", "recommendation",
                    "id", id);
        }
    }

    private void requirePending(String action) {
        if (!pending()) {
            throw CivilityException.of(AppraisalError.RECOMMENDATION_DECIDED, "recommendation", id,
                    "status", status, "action", action);
        }
    }

    private static void requireNominating(AppraisalCampaign campaign, String action) {
        if (campaign.phase() != CampaignPhase.NOMINATING) {
            throw CivilityException.of(AppraisalError.PHASE, "campaign", campaign.id(), "phase", campaign.phase(),
                    "action", action);
        }
    }

    private static String limited(String text, String field, int max) {
        if (text.codePointCount(0, text.length()) > max) {
            throw CivilityException.of(AppraisalError.RECOMMENDATION_TOO_LONG, "field", field, "max", max);
        }
        return text;
    }

    private void checkState() {
        boolean decided = status != RecommendationStatus.PENDING;
        boolean valid = version >= 0
                && decidedBy.isPresent() == decided && decidedAt.isPresent() == decided
                && nomination.isPresent() == (status == RecommendationStatus.CONFIRMED)
                && declineReason.isPresent() == (status == RecommendationStatus.DECLINED);
        if (!valid) {
            throw CivilityException.of(AppraisalError.STATE_INVALID, "what", "recommendation", "id", id,
                    "reason", "decision fields do not match the status");
        }
    }

    public RecommendationId id() {
        return id;
    }

    public CampaignId campaign() {
        return campaign;
    }

    /** The good person's name as the resident gave it. */
    public String person() {
        return person;
    }

    /** The good deed, in the resident's words. */
    public String deed() {
        return deed;
    }

    /** The recommending resident's account: personal data, shown only to them and to the committee. */
    public String recommendedBy() {
        return recommendedBy;
    }

    public Instant recommendedAt() {
        return recommendedAt;
    }

    public RecommendationStatus status() {
        return status;
    }

    /** Who confirmed or declined it; empty while PENDING. */
    public Optional<String> decidedBy() {
        return decidedBy;
    }

    public Optional<Instant> decidedAt() {
        return decidedAt;
    }

    /** The nomination it became; present exactly when CONFIRMED. */
    public Optional<NominationId> nomination() {
        return nomination;
    }

    /** Why it was declined; present exactly when DECLINED. */
    public Optional<String> declineReason() {
        return declineReason;
    }

    public long version() {
        return version;
    }
}
