package org.civility.core.lecture;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;
import org.civility.core.volunteer.VolunteerId;

/** Published when a lecture was given (授课). */
public record LectureGiven(LectureId lecture, UnitId unit, Instant givenAt, int attendance, String by, Instant occurredAt) implements DomainEvent {
}
