package org.civility.core.appraisal;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

/** A resident recommended a good person for a campaign (R-APPR-2); {@code by} is the resident's account. */
public record GoodPersonRecommended(CampaignId campaign, UnitId unit, RecommendationId recommendation, String by,
                                    Instant occurredAt) implements DomainEvent {
}
