package org.civility.core.appraisal;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

/** An objection suspended a nomination's award. */
public record ObjectionRaised(CampaignId campaign, UnitId unit, ObjectionId objection, NominationId nomination, String by, Instant occurredAt) implements DomainEvent {
}
