package org.civility.core.activity;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/** The record of a held activity changed (R-ACT-1): kept, or a photo added or removed. */
public record ActivityRecordKept(ActivityId activity, UnitId unit, int attendance, int photos, boolean complete,
                                 Instant occurredAt) implements DomainEvent {

    public ActivityRecordKept {
        requireNonNull(activity, "activity");
        requireNonNull(unit, "unit");
        requireNonNull(occurredAt, "occurredAt");
    }
}
