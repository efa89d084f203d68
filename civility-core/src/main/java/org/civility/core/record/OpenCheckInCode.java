package org.civility.core.record;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.civility.core.organisation.UnitId;

import static java.util.Objects.requireNonNull;

/** An administrator opens a check-in code for an activity at {@code unit} scheduled [scheduledStart, scheduledEnd). */
public record OpenCheckInCode(UnitId unit, Optional<UUID> activity, String description, String where,
        Instant scheduledStart, Instant scheduledEnd) {

    public OpenCheckInCode {
        requireNonNull(unit, "unit");
        requireNonNull(activity, "activity");
        requireNonNull(description, "description");
        requireNonNull(where, "where");
        requireNonNull(scheduledStart, "scheduledStart");
        requireNonNull(scheduledEnd, "scheduledEnd");
    }
}
