package org.civility.core.lecture;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;
import org.civility.core.volunteer.VolunteerId;

/** Published when a study plan was drawn up (R-LECT-4). */
public record StudyPlanDrawnUp(StudyPlanId plan, UnitId unit, int year, int items, String by, Instant occurredAt) implements DomainEvent {
}
