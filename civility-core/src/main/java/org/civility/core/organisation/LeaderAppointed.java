package org.civility.core.organisation;

import org.civility.core.shared.DomainEvent;

import java.time.Instant;

/** A person took a seat in a station's leadership. {@code by} is the acting actor's name. */
public record LeaderAppointed(UnitId unit, LeadershipSeat seat, String by, Instant occurredAt) implements DomainEvent {
}
