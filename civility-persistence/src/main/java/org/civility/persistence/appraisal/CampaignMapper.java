package org.civility.persistence.appraisal;

import org.civility.core.appraisal.AppraisalCampaign;
import org.civility.core.appraisal.CampaignId;
import org.civility.core.appraisal.HouseholdId;
import org.civility.core.appraisal.Nomination;
import org.civility.core.appraisal.NominationId;
import org.civility.core.appraisal.Nominee;
import org.civility.core.appraisal.Objection;
import org.civility.core.appraisal.ObjectionId;
import org.civility.core.appraisal.Vote;
import org.civility.core.appraisal.VotingWindow;
import org.civility.core.organisation.UnitId;

import java.util.List;
import java.util.Optional;

/** Between {@link AppraisalCampaign} and {@link CampaignEntity}. */
final class CampaignMapper {

    private CampaignMapper() {
    }

    /** Rebuilds the campaign through {@link AppraisalCampaign#restore}, so a corrupt row fails its invariants. */
    static AppraisalCampaign toDomain(CampaignEntity e) {
        Optional<VotingWindow> window = e.votingOpens == null
                ? Optional.empty() : Optional.of(new VotingWindow(e.votingOpens, e.votingCloses));
        List<Nomination> nominations = e.nominations.stream()
                .map(n -> new Nomination(NominationId.of(n.nominationId),
                        new Nominee(HouseholdId.of(n.householdId), Optional.ofNullable(n.person)), n.reason,
                        n.nominatedBy, n.nominatedAt, n.status, Optional.ofNullable(n.stars)))
                .toList();
        List<Vote> votes = e.votes.stream()
                .map(v -> new Vote(HouseholdId.of(v.householdId), NominationId.of(v.nominationId), v.voter, v.castAt))
                .toList();
        List<Objection> objections = e.objections.stream()
                .map(o -> new Objection(ObjectionId.of(o.objectionId), NominationId.of(o.nominationId), o.raisedBy,
                        o.reason, o.raisedAt, o.status, Optional.ofNullable(o.resolvedBy),
                        Optional.ofNullable(o.resolution), Optional.ofNullable(o.resolvedAt)))
                .toList();
        return AppraisalCampaign.restore(CampaignId.of(e.id), UnitId.of(e.unitId), e.kind, e.title, e.year,
                List.copyOf(e.criteria), List.copyOf(e.starThresholds), e.places, e.createdBy, e.createdAt, e.phase,
                window, Optional.ofNullable(e.noticeStarts), Optional.ofNullable(e.noticeEnds),
                Optional.ofNullable(e.awardedAt), nominations, votes, objections, e.version);
    }

    /** Copies every field but the id and the version, which the entity manages. */
    static void copy(AppraisalCampaign c, CampaignEntity e) {
        e.unitId = c.unit().toString();
        e.kind = c.kind();
        e.title = c.title();
        e.year = c.year();
        e.places = c.places();
        e.createdBy = c.createdBy();
        e.createdAt = c.createdAt();
        e.phase = c.phase();
        e.votingOpens = c.votingWindow().map(VotingWindow::opens).orElse(null);
        e.votingCloses = c.votingWindow().map(VotingWindow::closes).orElse(null);
        e.noticeStarts = c.noticeStarts().orElse(null);
        e.noticeEnds = c.noticeEnds().orElse(null);
        e.awardedAt = c.awardedAt().orElse(null);
        Rows.syncOrdered(e.criteria, c.criteria());
        Rows.syncOrdered(e.starThresholds, c.starThresholds());
        Rows.syncOrdered(e.nominations, c.nominations().stream()
                .map(n -> new NominationEmbeddable(n.id().toString(), n.nominee().household().toString(),
                        n.nominee().person().orElse(null), n.reason(), n.nominatedBy(), n.nominatedAt(), n.status(),
                        n.stars().orElse(null)))
                .toList());
        Rows.syncOrdered(e.votes, c.votes().stream()
                .map(v -> new VoteEmbeddable(v.household().toString(), v.nomination().toString(), v.voter(),
                        v.castAt()))
                .toList());
        Rows.syncOrdered(e.objections, c.objections().stream()
                .map(o -> new ObjectionEmbeddable(o.id().toString(), o.nomination().toString(), o.raisedBy(),
                        o.reason(), o.raisedAt(), o.status(), o.resolvedBy().orElse(null),
                        o.resolution().orElse(null), o.resolvedAt().orElse(null)))
                .toList());
    }
}
