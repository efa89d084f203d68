package org.civility.core.recognition;

import java.time.Instant;
import org.civility.core.shared.DomainEvent;

/** Points were spent at the love supermarket. */
public record PointsRedeemed(PointsEntry entry, String redeemedBy, Instant occurredAt) implements DomainEvent {
}
