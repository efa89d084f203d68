package org.civility.core.recognition;

import java.time.Instant;
import org.civility.core.shared.DomainEvent;

/** A credit entry was appended (points may be 0, e.g. for administrator make-up). */
public record PointsCredited(PointsEntry entry, Instant occurredAt) implements DomainEvent {
}
