package org.civility.core.activity;

import org.civility.core.shared.DomainEvent;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/** A waitlisted participant got the place someone else gave up. */
public record ParticipantPromoted(ActivityId activity, Participant participant, Instant occurredAt) implements DomainEvent {

    public ParticipantPromoted {
        requireNonNull(activity, "activity");
        requireNonNull(occurredAt, "occurredAt");
    }
}
