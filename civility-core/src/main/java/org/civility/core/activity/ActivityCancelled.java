package org.civility.core.activity;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/** An activity was cancelled. */
public record ActivityCancelled(ActivityId activity, UnitId unit, Instant occurredAt) implements DomainEvent {

    public ActivityCancelled {
        requireNonNull(activity, "activity");
        requireNonNull(occurredAt, "occurredAt");
    }
}
