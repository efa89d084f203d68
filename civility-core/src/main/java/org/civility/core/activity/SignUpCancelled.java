package org.civility.core.activity;

import org.civility.core.shared.DomainEvent;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/** A participant withdrew a sign-up. */
public record SignUpCancelled(ActivityId activity, Participant participant, Instant occurredAt) implements DomainEvent {

    public SignUpCancelled {
        requireNonNull(activity, "activity");
        requireNonNull(occurredAt, "occurredAt");
    }
}
