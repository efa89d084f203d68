package org.civility.core.activity;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/** An activity was planned at a unit. */
public record ActivityPlanned(ActivityId activity, UnitId unit, PracticeForm form, Schedule schedule, Instant occurredAt) implements DomainEvent {

    public ActivityPlanned {
        requireNonNull(activity, "activity");
        requireNonNull(occurredAt, "occurredAt");
    }
}
