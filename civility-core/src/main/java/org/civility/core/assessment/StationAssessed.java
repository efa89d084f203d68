package org.civility.core.assessment;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

/** A station was assessed (R-ASSESS-1). */
public record StationAssessed(AssessmentId assessment, UnitId station, AssessmentRating rating, Instant occurredAt)
        implements DomainEvent {
}
