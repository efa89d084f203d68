package org.civility.core.appraisal;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

/** Voting opened for a window. */
public record VotingOpened(CampaignId campaign, UnitId unit, VotingWindow window, String by, Instant occurredAt) implements DomainEvent {
}
