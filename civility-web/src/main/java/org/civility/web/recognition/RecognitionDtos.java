package org.civility.web.recognition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.civility.core.recognition.Commended;
import org.civility.core.recognition.EntryKind;
import org.civility.core.recognition.HoursSource;
import org.civility.core.recognition.NamingConsent;
import org.civility.core.recognition.Nominee;
import org.civility.core.recognition.PointsEntry;
import org.civility.core.recognition.StationScorecard;
import org.civility.web.support.ApiTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** What the recognition API reads and writes. */
public final class RecognitionDtos {

    private RecognitionDtos() {
    }

    /** Hours with one decimal, from minutes. */
    static double hours(long minutes) {
        return Math.round(minutes / 6.0) / 10.0;
    }

    @Schema(name = "Recognition", description = "A volunteer's hours, star level and points (星级志愿者, 积分)")
    public record RecognitionDto(
            String volunteer,
            @Schema(description = "The volunteer's home unit: its star thresholds apply") String unit,
            @Schema(description = "Credited service minutes of every source, corrections netted") long totalMinutes,
            @Schema(description = "totalMinutes in hours, one decimal") double totalHours,
            @Schema(description = "Credited minutes by source (self check-in, administrator make-up, import); "
                    + "self-recorded and administrator-entered time are kept apart") Map<HoursSource, Long> minutesBySource,
            @Schema(description = "0 (none) to 5") int starLevel,
            @Schema(description = "Hours needed for stars 1 to 5 at the home unit (settings of the locality)")
            List<Integer> starThresholdHours,
            @Schema(description = "Hours still needed for the next star; null at 5 stars") Double hoursToNextStar,
            @Schema(description = "Points to redeem at the love supermarket (爱心超市); never negative") long pointsBalance,
            @Schema(description = "Whether the volunteer agreed to be named in public lists such as the commendation")
            boolean namedInPublicLists) {
    }

    @Schema(name = "PointsEntry", description = "One line of the points ledger; points add for CREDIT and subtract "
            + "for REDEMPTION, EXPIRY and CORRECTION")
    public record PointsEntryDto(String id, EntryKind kind, long points,
                                 @Schema(description = "Credited (CREDIT) or withdrawn (CORRECTION) minutes") long minutes,
                                 HoursSource source,
                                 @Schema(description = "The service record entry credited or corrected") String recordId,
                                 @Schema(description = "The client's redemption request id") String requestId,
                                 String goods, String unit, OffsetDateTime at) {

        static PointsEntryDto of(PointsEntry e, ZoneId zone) {
            return new PointsEntryDto(e.id().toString(), e.kind(), e.points(), e.minutes(), e.source(),
                    e.recordId() == null ? null : e.recordId().toString(), e.requestId(), e.goods(), e.unit().toString(),
                    ApiTime.of(e.at(), zone));
        }
    }

    @Schema(name = "Redemption", description = "Redeem points for goods at a love supermarket (爱心超市). A retry with "
            + "the same request id returns the first redemption and debits nothing.")
    public record RedemptionDto(
            @Schema(description = "The supermarket's unit; default the volunteer's home unit") String unit,
            @NotBlank @Size(max = PointsEntry.MAX_GOODS) String goods,
            @NotNull @Positive Long cost,
            @Schema(description = "The client's request id; the Idempotency-Key header may carry it instead")
            @Size(max = PointsEntry.MAX_REQUEST_ID) String requestId) {
    }

    @Schema(name = "NamingConsentAnswer", description = "The volunteer's own answer: may they be named in public lists?")
    public record NamingConsentAnswerDto(@NotNull Boolean consented) {
    }

    @Schema(name = "NamingConsent", description = "A volunteer's latest answer about public naming")
    public record NamingConsentDto(String volunteer, boolean consented, OffsetDateTime answeredAt) {

        static NamingConsentDto of(NamingConsent c, ZoneId zone) {
            return new NamingConsentDto(c.volunteer().toString(), c.consented(), ApiTime.of(c.at(), zone));
        }
    }

    @Schema(name = "Commended", description = "One line of the yearly commendation list (R-RECG-1)")
    public record CommendedDto(Nominee nominee, String id, String unit, int rank, long minutes, double hours,
                               @Schema(description = "Average rating (1-5) of rated services in the year, 0 if none")
                               double averageRating,
                               @Schema(description = "The team's name, or the volunteer's real name if they consented "
                                       + "to public naming; null otherwise") String name,
                               @Schema(description = "False for a volunteer who has not consented to be named") boolean named) {

        static CommendedDto of(Commended c, String name) {
            return new CommendedDto(c.nominee(), c.id().toString(), c.unit().toString(), c.rank(), c.minutes(),
                    RecognitionDtos.hours(c.minutes()), Math.round(c.averageRating() * 100) / 100.0, name, name != null);
        }
    }

    @Schema(name = "Commendation", description = "R-RECG-1: the unit's yearly commendation, ranked per unit at or "
            + "below it by hours, then ratings, within each unit's quota")
    public record CommendationDto(String unit, int year, String rule, List<CommendedDto> commended) {
    }

    @Schema(name = "StationScorecard", description = "The leadership group's assessment of a station: venues, teams, "
            + "activities and service records (score 0-100 with the default weights)")
    public record ScorecardDto(String unit, int year,
                               @Schema(description = "Venues the station schedules") int venues,
                               @Schema(description = "Teams of the station") int teams,
                               @Schema(description = "Activities held in the year") int activities,
                               @Schema(description = "Effective service records with time served that started in "
                                       + "the year") int records,
                               double score,
                               @Schema(description = "True if the station has at least one of each part") boolean complete,
                               StationScorecard.Weights weights) {

        static ScorecardDto of(String unit, int year, StationScorecard s) {
            return new ScorecardDto(unit, year, s.venues(), s.teams(), s.activities(), s.records(), s.score(),
                    s.complete(), s.weights());
        }
    }
}
