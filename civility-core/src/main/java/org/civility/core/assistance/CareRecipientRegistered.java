package org.civility.core.assistance;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;
import org.civility.core.volunteer.VolunteerId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A care recipient was registered (no personal details travel in the event). */
public record CareRecipientRegistered(CareRecipientId recipient, UnitId unit, CareCategory category, Instant occurredAt) implements DomainEvent {
}
