package org.civility.core.record;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.civility.core.organisation.UnitId;
import org.civility.core.volunteer.VolunteerId;

import static java.util.Objects.requireNonNull;

/**
 * A volunteer checks in at {@code unit} for an activity scheduled [scheduledStart, scheduledEnd). A {@code location}
 * is accepted only with {@code locationConsent} (RECORD-LOCATION-CONSENT).
 */
public record CheckIn(VolunteerId volunteer, UnitId unit, Optional<UUID> activity, String description, String where,
        Instant scheduledStart, Instant scheduledEnd, Instant at, Optional<String> location, boolean locationConsent) {

    public CheckIn {
        requireNonNull(volunteer, "volunteer");
        requireNonNull(unit, "unit");
        requireNonNull(activity, "activity");
        requireNonNull(description, "description");
        requireNonNull(where, "where");
        requireNonNull(scheduledStart, "scheduledStart");
        requireNonNull(scheduledEnd, "scheduledEnd");
        requireNonNull(at, "at");
        requireNonNull(location, "location");
    }
}
