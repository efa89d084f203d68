package org.civility.core.appraisal;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

/** A household cast its one vote (R-APPR-1). */
public record VoteCast(CampaignId campaign, UnitId unit, HouseholdId household, NominationId nomination, String voter, Instant occurredAt) implements DomainEvent {
}
