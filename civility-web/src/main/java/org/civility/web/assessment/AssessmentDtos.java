package org.civility.web.assessment;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civility.core.assessment.AssessmentFigures;
import org.civility.core.assessment.AssessmentRating;
import org.civility.core.assessment.StationAssessment;
import org.civility.web.support.ApiTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of station assessments. */
public final class AssessmentDtos {

    private AssessmentDtos() {
    }

    @Schema(name = "AssessStation", description = "The leadership group's assessment of a station for whole months "
            + "that have ended (at most 12)")
    public record AssessStationDto(
            @Schema(description = "Id of the station assessed") @NotBlank String station,
            @Schema(description = "First month, e.g. 2026-01") @NotBlank String from,
            @Schema(description = "Last month, e.g. 2026-03") @NotBlank String to,
            @NotNull AssessmentRating rating,
            @Schema(description = "The rewards or penalties decided (奖惩)")
            @NotBlank @Size(max = StationAssessment.MAX_DECISION_LENGTH) String decision) {
    }

    @Schema(name = "AssessmentFigures", description = "What the station had and did in the period, counted at the "
            + "station and its points and bases when the assessment was made")
    public record FiguresDto(int venues, int teams, int activitiesHeld,
                             @Schema(description = "Months in the period") int lectureMonths,
                             @Schema(description = "Months with at least one 讲 (R-LECT-1)") int lectureMonthsKept,
                             @Schema(description = "Held activities whose record is complete (R-ACT-1)")
                             int recordsComplete) {
        static FiguresDto of(AssessmentFigures f) {
            return new FiguresDto(f.venues(), f.teams(), f.activitiesHeld(), f.lectureMonths(),
                    f.lectureMonthsKept(), f.recordsComplete());
        }
    }

    @Schema(name = "StationAssessment")
    public record AssessmentDto(String id, String stationId, String from, String to, FiguresDto figures,
                                String rating, String decision, OffsetDateTime assessedAt, String assessedBy,
                                long version) {
        static AssessmentDto of(StationAssessment a, ZoneId zone) {
            return new AssessmentDto(a.id().toString(), a.station().toString(), a.from().toString(),
                    a.to().toString(), FiguresDto.of(a.figures()), a.rating().name(), a.decision(),
                    ApiTime.of(a.assessedAt(), zone), a.assessedBy(), a.version());
        }
    }
}
