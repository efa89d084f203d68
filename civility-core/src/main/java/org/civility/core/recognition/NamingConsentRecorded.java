package org.civility.core.recognition;

import java.time.Instant;
import org.civility.core.shared.DomainEvent;

/** A volunteer gave or withdrew consent to be named in public lists. */
public record NamingConsentRecorded(NamingConsent consent, Instant occurredAt) implements DomainEvent {
}
