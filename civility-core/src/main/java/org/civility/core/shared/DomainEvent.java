package org.civility.core.shared;

import java.time.Instant;

/** Something that happened in the domain, named in the past tense ({@code BookingConfirmed}). */
public interface DomainEvent {

    /** When it happened, never null. */
    Instant occurredAt();
}
