package org.civility.core.contract;

import java.time.Duration;
import java.util.UUID;

import org.civility.core.appraisal.AppraisalCampaign;
import org.civility.core.appraisal.AppraisalCampaignRepository;
import org.civility.core.appraisal.CampaignId;
import org.civility.core.appraisal.CampaignPhase;
import org.civility.core.appraisal.HouseholdId;
import org.civility.core.appraisal.Nomination;
import org.civility.core.appraisal.NominationId;
import org.civility.core.appraisal.Nominee;
import org.civility.core.appraisal.Objection;
import org.civility.core.appraisal.ObjectionId;
import org.civility.core.appraisal.Vote;
import org.civility.core.appraisal.VotingWindow;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.AppraisalFixtures.aCampaign;
import static org.civility.core.fixtures.AppraisalFixtures.day;

/**
 * What every {@link AppraisalCampaignRepository} must do. Subclass it per adapter; tests use fresh ids
 * and never assume an empty store.
 */
public abstract class AppraisalCampaignRepositoryContract {

    protected abstract AppraisalCampaignRepository repository();

    @Test
    void roundTripsEveryFieldOfACampaignOnNotice() {
        AppraisalCampaign campaign = aCampaign().ofStarHouseholds(1, 2, 5).build();
        Nomination a = campaign.nominate(nomination(), Nominee.household(household()), "热心助邻", "管理员", day(1));
        Nomination b = campaign.nominate(nomination(), Nominee.person("李秀英", household()), "孝敬老人", "站长", day(2));
        Nomination c = campaign.nominate(nomination(), Nominee.household(household()), "勤劳", "站长", day(2));
        campaign.openVoting(new VotingWindow(day(3), day(6)));
        campaign.vote(new Vote(household(), a.id(), "wang", day(4)));
        campaign.vote(new Vote(household(), a.id(), "zhao", day(4)));
        campaign.vote(new Vote(household(), b.id(), "li", day(5)));
        campaign.closeVoting(day(6), Duration.ofDays(7));
        Objection dismissed = campaign.object(new ObjectionId(UUID.randomUUID()), b.id(), "qian", "不实", day(7));
        campaign.resolveObjection(dismissed.id(), false, "站长", "经核实", day(8));
        campaign.object(new ObjectionId(UUID.randomUUID()), a.id(), "sun", "有纠纷", day(9));

        repository().store(campaign);
        AppraisalCampaign found = repository().find(campaign.id()).orElseThrow();

        assertThat(found.id()).isEqualTo(campaign.id());
        assertThat(found.unit()).isEqualTo(campaign.unit());
        assertThat(found.kind()).isEqualTo(campaign.kind());
        assertThat(found.title()).isEqualTo(campaign.title());
        assertThat(found.year()).isEqualTo(2025);
        assertThat(found.criteria()).containsExactlyElementsOf(campaign.criteria());
        assertThat(found.starThresholds()).containsExactly(1, 2, 5);
        assertThat(found.places()).isEqualTo(campaign.places());
        assertThat(found.createdBy()).isEqualTo(campaign.createdBy());
        assertThat(found.createdAt()).isEqualTo(campaign.createdAt());
        assertThat(found.phase()).isEqualTo(CampaignPhase.PUBLIC_NOTICE);
        assertThat(found.votingWindow()).isEqualTo(campaign.votingWindow());
        assertThat(found.noticeStarts()).contains(day(6));
        assertThat(found.noticeEnds()).contains(day(13));
        assertThat(found.awardedAt()).isEmpty();
        assertThat(found.nominations()).containsExactlyElementsOf(campaign.nominations());
        assertThat(found.nomination(c.id()).stars()).isEmpty();
        assertThat(found.votes()).containsExactlyElementsOf(campaign.votes());
        assertThat(found.objections()).containsExactlyElementsOf(campaign.objections());
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void roundTripsAnAwardedCampaign() {
        AppraisalCampaign campaign = aCampaign().build();
        Nomination a = campaign.nominate(nomination(), Nominee.household(household()), "热心助邻", "管理员", day(1));
        campaign.openVoting(new VotingWindow(day(3), day(6)));
        campaign.vote(new Vote(household(), a.id(), "wang", day(4)));
        campaign.closeVoting(day(6), Duration.ofDays(7));
        campaign.award(day(14));

        repository().store(campaign);
        AppraisalCampaign found = repository().find(campaign.id()).orElseThrow();

        assertThat(found.phase()).isEqualTo(CampaignPhase.AWARDED);
        assertThat(found.awardedAt()).contains(day(14));
        assertThat(found.nominations()).containsExactlyElementsOf(campaign.nominations());
        assertThat(found.starThresholds()).isEmpty();
    }

    @Test
    void keepsEveryStepOfACampaignStoredOneByOne() {
        AppraisalCampaign campaign = repository().store(aCampaign().forPlaces(2).build());
        campaign.nominate(nomination(), Nominee.household(household()), "a", "管理员", day(1));
        campaign.nominate(nomination(), Nominee.household(household()), "b", "管理员", day(1));
        campaign = repository().store(campaign);
        NominationId a = campaign.nominations().get(0).id();
        NominationId b = campaign.nominations().get(1).id();
        campaign.openVoting(new VotingWindow(day(3), day(6)));
        campaign = repository().store(campaign);
        campaign.vote(new Vote(household(), a, "wang", day(4)));
        campaign = repository().store(campaign);
        campaign.vote(new Vote(household(), b, "li", day(4)));
        campaign = repository().store(campaign);
        campaign.closeVoting(day(6), Duration.ofDays(7));
        campaign = repository().store(campaign);
        Objection upheld = campaign.object(new ObjectionId(UUID.randomUUID()), b, "qian", "不实", day(7));
        campaign = repository().store(campaign);
        campaign.resolveObjection(upheld.id(), true, "站长", "属实", day(8));
        campaign = repository().store(campaign);
        campaign.award(day(13));

        AppraisalCampaign stored = repository().store(campaign);
        AppraisalCampaign found = repository().find(campaign.id()).orElseThrow();

        assertThat(stored.version()).isEqualTo(9);
        assertThat(found.phase()).isEqualTo(CampaignPhase.AWARDED);
        assertThat(found.nominations()).containsExactlyElementsOf(campaign.nominations());
        assertThat(found.votes()).containsExactlyElementsOf(campaign.votes());
        assertThat(found.objections()).containsExactlyElementsOf(campaign.objections());
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(repository().find(new CampaignId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void bumpsTheVersionOnEveryStoreAndKeepsChanges() {
        AppraisalCampaign stored = repository().store(aCampaign().build());
        stored.nominate(nomination(), Nominee.household(household()), "热心助邻", "管理员", day(1));

        AppraisalCampaign again = repository().store(stored);

        assertThat(again.version()).isEqualTo(2);
        assertThat(repository().find(stored.id()).orElseThrow().nominations()).hasSize(1);
    }

    @Test
    void rejectsAStaleVersion() {
        AppraisalCampaign stored = repository().store(aCampaign().build());
        repository().store(stored);

        assertThatThrownBy(() -> repository().store(stored)).isInstanceOf(CivilityException.class)
                .extracting(e -> ((org.civility.core.shared.CivilityException) e).code()).isEqualTo("STALE-VERSION");
    }

    @Test
    void pagesTheCampaignsOfAUnitByTitle() {
        UnitId unit = new UnitId(UUID.randomUUID());
        repository().store(aCampaign().at(unit).titled("C").build());
        repository().store(aCampaign().at(unit).titled("A").build());
        repository().store(aCampaign().at(unit).titled("B").build());
        repository().store(aCampaign().titled("A0").build());

        Page<AppraisalCampaign> first = repository().byUnit(unit, new PageRequest(0, 2));
        Page<AppraisalCampaign> second = repository().byUnit(unit, new PageRequest(2, 2));

        assertThat(first.items()).extracting(AppraisalCampaign::title).containsExactly("A", "B");
        assertThat(first.hasMore()).isTrue();
        assertThat(second.items()).extracting(AppraisalCampaign::title).containsExactly("C");
        assertThat(second.hasMore()).isFalse();
    }

    private static NominationId nomination() {
        return new NominationId(UUID.randomUUID());
    }

    private static HouseholdId household() {
        return new HouseholdId(UUID.randomUUID());
    }
}
