package org.civility.core.assistance;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;
import org.civility.core.volunteer.VolunteerId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A paired volunteer recorded a visit (R-HELP-1); the notes stay in the pairing. */
public record CareVisitRecorded(CarePairingId pairing, VolunteerId volunteer, Instant visitedAt, int durationMinutes, Instant occurredAt) implements DomainEvent {
}
