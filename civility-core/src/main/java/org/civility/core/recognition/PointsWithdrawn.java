package org.civility.core.recognition;

import java.time.Instant;
import org.civility.core.shared.DomainEvent;

/** A service record was corrected to fewer minutes: a CORRECTION entry withdrew minutes and points. */
public record PointsWithdrawn(PointsEntry entry, Instant occurredAt) implements DomainEvent {
}
