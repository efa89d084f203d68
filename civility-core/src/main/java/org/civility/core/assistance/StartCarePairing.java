package org.civility.core.assistance;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civility.core.volunteer.VolunteerId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Command: pair volunteers with a care recipient (结对关爱).
 *
 * @param visitIntervalDays at most {@link AssistanceSettings#MAX_VISIT_INTERVAL_DAYS} (R-HELP-1)
 * @param startedOn         today if empty; may lie up to {@link AssistanceSettings#MAX_START_BACKDATE_DAYS}
 *                          in the past, never in the future
 */
public record StartCarePairing(
        @NotNull CareRecipientId recipient,
        @NotEmpty @Size(max = CarePairing.MAX_VOLUNTEERS) List<VolunteerId> volunteers,
        @Min(1) int visitIntervalDays,
        @NotNull Optional<LocalDate> startedOn) {

    public StartCarePairing {
        volunteers = volunteers == null ? List.of() : List.copyOf(volunteers);
        startedOn = startedOn == null ? Optional.empty() : startedOn;
    }
}
