package org.civility.core.appraisal;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

/** The campaign's awards stand. */
public record CampaignAwarded(CampaignId campaign, UnitId unit, java.util.List<NominationId> awarded, String by, Instant occurredAt) implements DomainEvent {
}
