package org.civility.core.volunteer;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/** A person was registered as a volunteer. Carries no personal data beyond ids. */
public record VolunteerRegistered(VolunteerId volunteer, UnitId homeUnit, Instant occurredAt) implements DomainEvent {

    public VolunteerRegistered {
        requireNonNull(volunteer, "volunteer");
        requireNonNull(homeUnit, "homeUnit");
        requireNonNull(occurredAt, "occurredAt");
    }
}
