package org.civility.core.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.civility.core.appraisal.AppraisalCampaign;
import org.civility.core.appraisal.AppraisalCampaignRepository;
import org.civility.core.appraisal.CampaignId;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;

/** Appraisal campaigns in memory, as snapshots: thread-safe; callers never share state with the store. */
public final class InMemoryAppraisalCampaignRepository implements AppraisalCampaignRepository {

    private static final Comparator<AppraisalCampaign> BY_YEAR_DESC_THEN_TITLE_THEN_ID =
            Comparator.comparingInt(AppraisalCampaign::year).reversed()
                    .thenComparing(AppraisalCampaign::title)
                    .thenComparing(c -> c.id().toString());

    private final Map<CampaignId, AppraisalCampaign> campaigns = new HashMap<>();

    @Override
    public synchronized Optional<AppraisalCampaign> find(CampaignId id) {
        return Optional.ofNullable(campaigns.get(id)).map(c -> copy(c, c.version()));
    }

    @Override
    public synchronized AppraisalCampaign store(AppraisalCampaign campaign) {
        AppraisalCampaign current = campaigns.get(campaign.id());
        long actual = current == null ? 0 : current.version();
        if (campaign.version() != actual) {
            throw CivilityException.of(SharedError.STALE_VERSION, "what", "campaign", "id", campaign.id(),
                    "expected", campaign.version(), "actual", actual);
        }
        AppraisalCampaign stored = copy(campaign, actual + 1);
        campaigns.put(stored.id(), stored);
        return copy(stored, stored.version());
    }

    @Override
    public synchronized Page<AppraisalCampaign> byUnit(UnitId unit, PageRequest page) {
        return Page.of(campaigns.values().stream()
                .filter(c -> c.unit().equals(unit))
                .sorted(BY_YEAR_DESC_THEN_TITLE_THEN_ID)
                .map(c -> copy(c, c.version()))
                .toList(), page);
    }

    private static AppraisalCampaign copy(AppraisalCampaign c, long version) {
        return AppraisalCampaign.restore(c.id(), c.unit(), c.kind(), c.title(), c.year(), c.criteria(),
                c.starThresholds(), c.places(), c.createdBy(), c.createdAt(), c.phase(), c.votingWindow(),
                c.noticeStarts(), c.noticeEnds(), c.awardedAt(), c.nominations(), c.votes(), c.objections(), version);
    }
}
