package org.civility.core.team;

import org.civility.core.shared.DomainEvent;
import org.civility.core.volunteer.VolunteerId;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/** A volunteer joined a team. */
public record TeamMemberJoined(TeamId team, VolunteerId volunteer, Instant occurredAt) implements DomainEvent {

    public TeamMemberJoined {
        requireNonNull(team, "team");
        requireNonNull(volunteer, "volunteer");
        requireNonNull(occurredAt, "occurredAt");
    }
}
