package org.civility.core.appraisal;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

/** An objection was upheld (nomination withdrawn) or dismissed. */
public record ObjectionResolved(CampaignId campaign, UnitId unit, ObjectionId objection, NominationId nomination, ObjectionStatus status, String by, Instant occurredAt) implements DomainEvent {
}
