package org.civility.core.appraisal;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

/** The committee made a recommendation the nomination {@code nomination} of its campaign (R-APPR-2). */
public record RecommendationConfirmed(CampaignId campaign, UnitId unit, RecommendationId recommendation,
                                      NominationId nomination, String by, Instant occurredAt) implements DomainEvent {
}
