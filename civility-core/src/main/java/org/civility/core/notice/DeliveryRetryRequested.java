package org.civility.core.notice;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

/** Staff asked for an unsent delivery to be tried again at once. */
public record DeliveryRetryRequested(NoticeId notice, UnitId unit, Channel channel, String requestedBy,
                                     Instant occurredAt) implements DomainEvent {
}
