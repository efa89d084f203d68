package org.civility.core.recognition;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import java.util.UUID;
import org.civility.core.organisation.UnitId;
import org.civility.core.volunteer.VolunteerId;

/**
 * Command: credit the minutes of one service record to a volunteer. Sent by whoever keeps service
 * records; the record id makes it idempotent.
 *
 * @param unit the unit that recorded the service (access and settings are checked there)
 */
public record HoursCredited(@NotNull VolunteerId volunteer, @NotNull UnitId unit, @PositiveOrZero long minutes,
                            @NotNull HoursSource source, @NotNull UUID recordId, @NotNull Instant at) {
}
