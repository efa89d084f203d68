package org.civility.core.record;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.civility.core.organisation.UnitId;
import org.civility.core.volunteer.VolunteerId;

import static java.util.Objects.requireNonNull;

/**
 * An administrator records (or, with {@code corrects}, corrects) time served [start, end) for an activity of
 * {@code scheduledMinutes}; longer make-up time is rejected (RECORD-MAKE-UP-CAPPED).
 */
public record MakeUp(VolunteerId volunteer, UnitId unit, Optional<UUID> activity, String description, String where,
        Instant start, Instant end, int scheduledMinutes, Optional<ServiceRecordId> corrects) {

    public MakeUp {
        requireNonNull(volunteer, "volunteer");
        requireNonNull(unit, "unit");
        requireNonNull(activity, "activity");
        requireNonNull(description, "description");
        requireNonNull(where, "where");
        requireNonNull(start, "start");
        requireNonNull(end, "end");
        requireNonNull(corrects, "corrects");
    }
}
