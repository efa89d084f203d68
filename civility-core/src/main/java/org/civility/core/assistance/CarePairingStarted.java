package org.civility.core.assistance;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;
import org.civility.core.volunteer.VolunteerId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Volunteers were paired with a care recipient. */
public record CarePairingStarted(CarePairingId pairing, CareRecipientId recipient, UnitId unit, List<VolunteerId> volunteers, LocalDate startedOn, Instant occurredAt) implements DomainEvent {
}
