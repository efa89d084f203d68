package org.civility.core.appraisal;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

/** An appraisal campaign started taking nominations. */
public record CampaignStarted(CampaignId campaign, UnitId unit, AppraisalKind kind, String title, String by, Instant occurredAt) implements DomainEvent {
}
