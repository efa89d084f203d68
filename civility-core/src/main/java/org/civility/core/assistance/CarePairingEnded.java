package org.civility.core.assistance;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;
import org.civility.core.volunteer.VolunteerId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A pairing ended. */
public record CarePairingEnded(CarePairingId pairing, CareRecipientId recipient, LocalDate endedOn, Instant occurredAt) implements DomainEvent {
}
