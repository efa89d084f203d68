package org.civility.core.recognition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.civility.core.organisation.UnitId;
import org.civility.core.volunteer.VolunteerId;

/**
 * Command: redeem points for goods at the love supermarket (爱心超市) of a unit. A retry with the same
 * request id returns the first result.
 */
public record RedeemPoints(@NotNull VolunteerId volunteer, @NotNull UnitId unit,
                           @NotBlank @Size(max = PointsEntry.MAX_REQUEST_ID) String requestId,
                           @NotBlank @Size(max = PointsEntry.MAX_GOODS) String goods, @Positive long cost) {
}
