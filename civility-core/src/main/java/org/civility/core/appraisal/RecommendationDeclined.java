package org.civility.core.appraisal;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

/** The committee declined a recommendation (R-APPR-2). */
public record RecommendationDeclined(CampaignId campaign, UnitId unit, RecommendationId recommendation, String by,
                                     Instant occurredAt) implements DomainEvent {
}
