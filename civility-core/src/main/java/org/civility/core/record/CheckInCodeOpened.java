package org.civility.core.record;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

/** An administrator opened a check-in code at a unit. Carries no digits: listeners need not know the code. */
public record CheckInCodeOpened(CheckInCodeId id, UnitId unit, Instant scheduledStart, Instant scheduledEnd,
        String openedBy, Instant occurredAt) implements DomainEvent {
}
