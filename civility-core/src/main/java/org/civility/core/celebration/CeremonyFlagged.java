package org.civility.core.celebration;

import java.time.Instant;
import java.util.List;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

/** A wedding or funeral over the village's limits was recorded and waits for the council's visit (R-CELE-1). */
public record CeremonyFlagged(CeremonyId ceremony, UnitId unit, CeremonyKind kind, List<LimitBreach> breaches,
                              Instant occurredAt) implements DomainEvent {

    public CeremonyFlagged {
        breaches = List.copyOf(breaches);
    }
}
