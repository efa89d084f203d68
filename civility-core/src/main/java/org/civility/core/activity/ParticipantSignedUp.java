package org.civility.core.activity;

import org.civility.core.shared.DomainEvent;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/** A participant signed up, confirmed or waitlisted. */
public record ParticipantSignedUp(ActivityId activity, Participant participant, SignUpStatus status, Instant occurredAt) implements DomainEvent {

    public ParticipantSignedUp {
        requireNonNull(activity, "activity");
        requireNonNull(occurredAt, "occurredAt");
    }
}
