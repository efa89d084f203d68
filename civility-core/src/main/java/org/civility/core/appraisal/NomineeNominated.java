package org.civility.core.appraisal;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

/** A household or person was nominated. */
public record NomineeNominated(CampaignId campaign, UnitId unit, NominationId nomination, Nominee nominee, String by, Instant occurredAt) implements DomainEvent {
}
