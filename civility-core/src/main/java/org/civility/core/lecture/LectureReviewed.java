package org.civility.core.lecture;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;
import org.civility.core.volunteer.VolunteerId;

/** Published when a lecture was reviewed (评课). */
public record LectureReviewed(LectureId lecture, UnitId unit, int score, String by, Instant occurredAt) implements DomainEvent {
}
