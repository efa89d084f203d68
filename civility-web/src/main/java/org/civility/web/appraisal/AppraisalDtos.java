package org.civility.web.appraisal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.civility.core.appraisal.AppraisalCampaign;
import org.civility.core.appraisal.AppraisalKind;
import org.civility.core.appraisal.CampaignPhase;
import org.civility.core.appraisal.Household;
import org.civility.core.appraisal.HouseholdAward;
import org.civility.core.appraisal.Nomination;
import org.civility.core.appraisal.NominationStatus;
import org.civility.core.appraisal.Objection;
import org.civility.core.appraisal.ObjectionStatus;
import org.civility.core.appraisal.Recommendation;
import org.civility.core.appraisal.RecommendationStatus;
import org.civility.core.appraisal.VotingWindow;
import org.civility.web.support.ApiTime;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * What the appraisal API reads and writes. Requests carry Bean Validation; responses carry ids as
 * strings, times as ISO-8601 with the portal zone's offset, enum values as their constant names and
 * the version that {@code If-Match} refers to. Who voted is not published, only the count per nomination.
 */
public final class AppraisalDtos {

    private AppraisalDtos() {
    }

    /** Registers a household at {@code unitId}; {@code voters} are the account names of its voting members. */
    public record RegisterHouseholdDto(@NotBlank @Size(max = 36) String unitId,
                                       @NotBlank @Size(max = 100) String head,
                                       @NotBlank @Size(max = 200) String address,
                                       @Size(max = 100) String grid,
                                       @NotNull @Min(1) @Max(100) Integer members,
                                       @Size(max = 50) List<@NotBlank @Size(max = 100) String> voters) {
    }

    /** Links the account {@code account} to a household as a voting member. */
    public record LinkVoterDto(@NotBlank @Size(max = 100) String account) {
    }

    public record AwardDto(String campaignId, AppraisalKind kind, String title, int year, String person,
                           Integer stars, OffsetDateTime awardedAt) {

        static AwardDto of(HouseholdAward a, ZoneId zone) {
            return new AwardDto(a.campaign().toString(), a.kind(), a.title(), a.year(), a.person().orElse(null),
                    a.stars().orElse(null), ApiTime.of(a.awardedAt(), zone));
        }
    }

    public record HouseholdDto(String id, String unitId, String head, String address, String grid, int members,
                               List<String> voters, List<AwardDto> history, long version) {

        static HouseholdDto of(Household h, ZoneId zone) {
            return new HouseholdDto(h.id().toString(), h.unit().toString(), h.head(), h.address(),
                    h.grid().orElse(null), h.members(), List.copyOf(h.voters()),
                    h.history().stream().map(a -> AwardDto.of(a, zone)).toList(), h.version());
        }
    }

    /**
     * Starts a campaign. {@code starThresholds}: votes needed for 1, 2, … stars (only for
     * STAR_CIVILISED_HOUSEHOLD); {@code places}: how many win any other kind (default 1).
     */
    public record StartCampaignDto(@NotBlank @Size(max = 36) String unitId,
                                   @NotNull AppraisalKind kind,
                                   @NotBlank @Size(max = 200) String title,
                                   @NotNull @Min(1900) @Max(2100) Integer year,
                                   @Size(max = 20) List<@NotBlank @Size(max = 500) String> criteria,
                                   @Size(max = 5) List<@NotNull @Positive Integer> starThresholds,
                                   @Positive Integer places) {
    }

    /** Nominates the household {@code householdId}, or the person {@code person} of it. */
    public record NominateDto(@NotBlank @Size(max = 36) String householdId, @Size(max = 100) String person,
                              @NotBlank @Size(max = 1000) String reason) {
    }

    /** The voting window {@code [opens, closes)}. */
    public record OpenVotingDto(@NotNull OffsetDateTime opens, @NotNull OffsetDateTime closes) {
    }

    /** The caller's household votes for a nomination; the caller must be a registered voting member of it. */
    public record CastVoteDto(@NotBlank @Size(max = 36) String householdId,
                              @NotBlank @Size(max = 36) String nominationId) {
    }

    public record RaiseObjectionDto(@NotBlank @Size(max = 36) String nominationId,
                                    @NotBlank @Size(max = 1000) String reason) {
    }

    /** {@code upheld}: the nomination is withdrawn; otherwise the objection is dismissed. */
    public record ResolutionDto(@NotNull Boolean upheld, @Size(max = 1000) String note) {
    }

    public record NominationDto(String id, String householdId, String person, String reason, String nominatedBy,
                                OffsetDateTime nominatedAt, NominationStatus status, int votes, Integer stars) {
    }

    public record ObjectionDto(String id, String nominationId, String raisedBy, String reason,
                               OffsetDateTime raisedAt, ObjectionStatus status, String resolvedBy, String resolution,
                               OffsetDateTime resolvedAt) {

        static ObjectionDto of(Objection o, ZoneId zone) {
            return new ObjectionDto(o.id().toString(), o.nomination().toString(), o.raisedBy(), o.reason(),
                    ApiTime.of(o.raisedAt(), zone), o.status(), o.resolvedBy().orElse(null),
                    o.resolution().orElse(null), ApiTime.of(o.resolvedAt().orElse(null), zone));
        }
    }

    public record CampaignDto(String id, String unitId, AppraisalKind kind, String title, int year,
                              List<String> criteria, List<Integer> starThresholds, int places, String createdBy,
                              OffsetDateTime createdAt, CampaignPhase phase, OffsetDateTime votingOpens,
                              OffsetDateTime votingCloses, OffsetDateTime noticeStarts, OffsetDateTime noticeEnds,
                              OffsetDateTime awardedAt, int votesCast, List<NominationDto> nominations,
                              List<ObjectionDto> objections, long version) {

        static CampaignDto of(AppraisalCampaign c, ZoneId zone) {
            List<NominationDto> nominations = c.nominations().stream()
                    .map((Nomination n) -> new NominationDto(n.id().toString(), n.nominee().household().toString(),
                            n.nominee().person().orElse(null), n.reason(), n.nominatedBy(),
                            ApiTime.of(n.nominatedAt(), zone), n.status(), c.votesFor(n.id()),
                            n.stars().orElse(null)))
                    .toList();
            return new CampaignDto(c.id().toString(), c.unit().toString(), c.kind(), c.title(), c.year(),
                    c.criteria(), c.starThresholds(), c.places(), c.createdBy(), ApiTime.of(c.createdAt(), zone),
                    c.phase(), ApiTime.of(c.votingWindow().map(VotingWindow::opens).orElse(null), zone),
                    ApiTime.of(c.votingWindow().map(VotingWindow::closes).orElse(null), zone),
                    ApiTime.of(c.noticeStarts().orElse(null), zone), ApiTime.of(c.noticeEnds().orElse(null), zone),
                    ApiTime.of(c.awardedAt().orElse(null), zone), c.votes().size(), nominations,
                    c.objections().stream().map(o -> ObjectionDto.of(o, zone)).toList(), c.version());
        }
    }

    /** A resident recommends a good person (推荐身边好人, R-APPR-2): their name and the good deed. */
    public record RecommendDto(@NotBlank @Size(max = Recommendation.MAX_PERSON) String person,
                               @NotBlank @Size(max = Recommendation.MAX_DEED) String deed) {
    }

    /**
     * The committee confirms a recommendation: the good person's household of the campaign's unit and, if the
     * register knows them by another name, the name to nominate (otherwise the recommended name).
     */
    public record ConfirmRecommendationDto(@NotBlank @Size(max = 36) String householdId,
                                           @Size(max = Recommendation.MAX_PERSON) String person) {
    }

    /** The committee declines a recommendation; the resident reads the reason. */
    public record DeclineRecommendationDto(@NotBlank @Size(max = Recommendation.MAX_REASON) String reason) {
    }

    /**
     * A recommendation as its recommender or the committee reads it ({@code recommendedBy} is never shown to other
     * residents: they cannot read it at all). {@code nominationId}: the nomination it became once CONFIRMED.
     */
    public record RecommendationDto(String id, String campaignId, String person, String deed, String recommendedBy,
                                    OffsetDateTime recommendedAt, RecommendationStatus status, String decidedBy,
                                    OffsetDateTime decidedAt, String nominationId, String declineReason,
                                    long version) {

        static RecommendationDto of(Recommendation r, ZoneId zone) {
            return new RecommendationDto(r.id().toString(), r.campaign().toString(), r.person(), r.deed(),
                    r.recommendedBy(), ApiTime.of(r.recommendedAt(), zone), r.status(), r.decidedBy().orElse(null),
                    ApiTime.of(r.decidedAt().orElse(null), zone), r.nomination().map(Object::toString).orElse(null),
                    r.declineReason().orElse(null), r.version());
        }
    }
}
