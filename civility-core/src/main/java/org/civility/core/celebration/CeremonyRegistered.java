package org.civility.core.celebration;

import java.time.Instant;
import java.time.LocalDate;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

/** A wedding or funeral was registered; one over the village's limits is also {@link CeremonyFlagged}. */
public record CeremonyRegistered(CeremonyId ceremony, UnitId unit, CeremonyKind kind, LocalDate date,
                                 Instant occurredAt) implements DomainEvent {
}
