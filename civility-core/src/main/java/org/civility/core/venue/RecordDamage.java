package org.civility.core.venue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Records damage done during a booking, charged to its user (R-VEN-4). */
public record RecordDamage(@NotNull BookingId booking, @NotBlank @Size(max = 1000) String description,
                           @PositiveOrZero long costInFen, @NotBlank @Size(max = 200) String responsibleParty) {
}
