package org.civility.core.lecture;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;
import org.civility.core.volunteer.VolunteerId;

/** Published when a lecture was scheduled and prepared (备课). */
public record LectureScheduled(LectureId lecture, UnitId unit, String topic, VolunteerId speaker, Instant start, String by, Instant occurredAt) implements DomainEvent {
}
