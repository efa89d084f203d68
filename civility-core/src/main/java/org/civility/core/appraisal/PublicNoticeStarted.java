package org.civility.core.appraisal;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

/** Voting closed; the shortlist is on public notice until noticeEnds. */
public record PublicNoticeStarted(CampaignId campaign, UnitId unit, Instant noticeEnds, java.util.List<NominationId> shortlist, String by, Instant occurredAt) implements DomainEvent {
}
