package org.civility.core.lecture;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;
import org.civility.core.volunteer.VolunteerId;

/** Published when a material was archived (R-LECT-3). */
public record MaterialArchived(LectureId lecture, UnitId unit, MaterialId material, MaterialKind kind, String topic, long size, String by, Instant occurredAt) implements DomainEvent {
}
