package org.civility.core.activity;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/** An activity took place. */
public record ActivityHeld(ActivityId activity, UnitId unit, PracticeForm form, Instant occurredAt) implements DomainEvent {

    public ActivityHeld {
        requireNonNull(activity, "activity");
        requireNonNull(occurredAt, "occurredAt");
    }
}
