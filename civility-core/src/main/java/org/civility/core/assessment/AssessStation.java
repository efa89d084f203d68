package org.civility.core.assessment;

import java.time.YearMonth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civility.core.organisation.UnitId;

/**
 * The leadership group assesses a station for the months {@code from..to} (R-ASSESS-1).
 *
 * @param decision the rewards or penalties decided (奖惩)
 */
public record AssessStation(@NotNull UnitId station, @NotNull YearMonth from, @NotNull YearMonth to,
                            @NotNull AssessmentRating rating,
                            @NotBlank @Size(max = StationAssessment.MAX_DECISION_LENGTH) String decision) {
}
