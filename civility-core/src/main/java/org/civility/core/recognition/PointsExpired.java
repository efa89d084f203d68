package org.civility.core.recognition;

import java.time.Instant;
import org.civility.core.shared.DomainEvent;

/** Points older than the expiry setting were removed. */
public record PointsExpired(PointsEntry entry, Instant occurredAt) implements DomainEvent {
}
