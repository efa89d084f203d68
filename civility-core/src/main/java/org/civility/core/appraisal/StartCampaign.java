package org.civility.core.appraisal;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civility.core.organisation.UnitId;

/**
 * Starts a campaign. {@code starThresholds}: votes needed for 1, 2, … stars (star-rated kind only);
 * {@code places}: how many win otherwise.
 */
public record StartCampaign(@NotNull UnitId unit, @NotNull AppraisalKind kind, @NotBlank @Size(max = 200) String title,
                            @Min(1900) @Max(2100) int year, @NotNull @Size(max = 20) List<String> criteria,
                            @NotNull @Size(max = 5) List<Integer> starThresholds, @Min(1) int places) {
}
