package org.civility.core.team;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/** A team was formed at a unit. */
public record TeamFormed(TeamId team, UnitId unit, TeamKind kind, Instant occurredAt) implements DomainEvent {

    public TeamFormed {
        requireNonNull(team, "team");
        requireNonNull(unit, "unit");
        requireNonNull(kind, "kind");
        requireNonNull(occurredAt, "occurredAt");
    }
}
