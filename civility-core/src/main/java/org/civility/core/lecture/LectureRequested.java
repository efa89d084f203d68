package org.civility.core.lecture;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;
import org.civility.core.volunteer.VolunteerId;

/** Published when a resident asked for a lecture (R-LECT-4). */
public record LectureRequested(LectureRequestId request, UnitId unit, String topic, String by, Instant occurredAt) implements DomainEvent {
}
