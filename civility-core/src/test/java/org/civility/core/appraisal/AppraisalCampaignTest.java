package org.civility.core.appraisal;

import java.time.Duration;
import java.util.UUID;

import org.civility.core.shared.CivilityException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.AppraisalFixtures.aCampaign;
import static org.civility.core.fixtures.AppraisalFixtures.day;

class AppraisalCampaignTest {

    private static final Duration WEEK = Duration.ofDays(7);

    private final HouseholdId wang = household();
    private final HouseholdId li = household();
    private final HouseholdId zhao = household();

    @Test
    @DisplayName("R-APPR-1 nominations only while nominating")
    void rejectsNominationOnceVotingOpened() {
        AppraisalCampaign campaign = aCampaign().build();
        campaign.nominate(nomination(), Nominee.household(wang), "热心助邻", "管理员", day(1));
        campaign.openVoting(new VotingWindow(day(2), day(5)));

        assertThatThrownBy(() -> campaign.nominate(nomination(), Nominee.household(li), "和睦", "管理员", day(3)))
                .isInstanceOf(CivilityException.class).extracting(e -> ((org.civility.core.shared.CivilityException) e).code()).isEqualTo("APPRAISAL-PHASE");
    }

    @Test
    @DisplayName("R-APPR-1 a household votes once per campaign")
    void rejectsSecondVoteOfAHousehold() {
        AppraisalCampaign campaign = aCampaign().build();
        Nomination first = campaign.nominate(nomination(), Nominee.household(wang), "热心助邻", "管理员", day(1));
        Nomination second = campaign.nominate(nomination(), Nominee.person("李秀英", li), "孝敬老人", "管理员", day(1));
        campaign.openVoting(new VotingWindow(day(2), day(5)));
        campaign.vote(new Vote(zhao, first.id(), "zhao", day(3)));

        assertThatThrownBy(() -> campaign.vote(new Vote(zhao, second.id(), "zhao2", day(3))))
                .isInstanceOf(CivilityException.class).extracting(e -> ((org.civility.core.shared.CivilityException) e).code()).isEqualTo("R-APPR-1");
        assertThat(campaign.votesFor(first.id())).isEqualTo(1);
        assertThat(campaign.votesFor(second.id())).isZero();
    }

    @Test
    @DisplayName("R-APPR-1 votes only inside the voting window")
    void rejectsVotesOutsideTheWindow() {
        AppraisalCampaign campaign = aCampaign().build();
        Nomination n = campaign.nominate(nomination(), Nominee.household(wang), "热心助邻", "管理员", day(1));
        campaign.openVoting(new VotingWindow(day(2), day(5)));

        assertThatThrownBy(() -> campaign.vote(new Vote(li, n.id(), "li", day(1))))
                .extracting(e -> ((org.civility.core.shared.CivilityException) e).code()).isEqualTo("APPRAISAL-OUTSIDE-WINDOW");
        assertThatThrownBy(() -> campaign.vote(new Vote(li, n.id(), "li", day(5))))
                .extracting(e -> ((org.civility.core.shared.CivilityException) e).code()).isEqualTo("APPRAISAL-OUTSIDE-WINDOW");
    }

    @Test
    void cannotOpenVotingWithoutNominations() {
        assertThatThrownBy(() -> aCampaign().build().openVoting(new VotingWindow(day(2), day(5))))
                .extracting(e -> ((org.civility.core.shared.CivilityException) e).code()).isEqualTo("APPRAISAL-NO-NOMINATIONS");
    }

    @Test
    void cannotCloseVotingBeforeTheWindowEnds() {
        AppraisalCampaign campaign = aCampaign().build();
        campaign.nominate(nomination(), Nominee.household(wang), "热心助邻", "管理员", day(1));
        campaign.openVoting(new VotingWindow(day(2), day(5)));

        assertThatThrownBy(() -> campaign.closeVoting(day(4), WEEK)).extracting(e -> ((org.civility.core.shared.CivilityException) e).code())
                .isEqualTo("APPRAISAL-VOTING-RUNNING");
    }

    @Test
    void shortlistsTheTopPlacesWithTiesAtTheCutAndNeverWithoutVotes() {
        AppraisalCampaign campaign = aCampaign().forPlaces(1).build();
        Nomination a = campaign.nominate(nomination(), Nominee.household(wang), "a", "管理员", day(1));
        Nomination b = campaign.nominate(nomination(), Nominee.household(li), "b", "管理员", day(1));
        Nomination c = campaign.nominate(nomination(), Nominee.household(zhao), "c", "管理员", day(1));
        campaign.openVoting(new VotingWindow(day(2), day(5)));
        campaign.vote(new Vote(household(), a.id(), "v1", day(3)));
        campaign.vote(new Vote(household(), b.id(), "v2", day(3)));

        campaign.closeVoting(day(5), WEEK);

        assertThat(campaign.phase()).isEqualTo(CampaignPhase.PUBLIC_NOTICE);
        assertThat(campaign.noticeEnds()).contains(day(12));
        assertThat(campaign.nomination(a.id()).status()).isEqualTo(NominationStatus.SHORTLISTED);
        assertThat(campaign.nomination(b.id()).status()).isEqualTo(NominationStatus.SHORTLISTED);
        assertThat(campaign.nomination(c.id()).status()).isEqualTo(NominationStatus.NOT_SELECTED);
    }

    @Test
    void ratesStarHouseholdsByTheThresholdsTheyReach() {
        AppraisalCampaign campaign = aCampaign().ofStarHouseholds(1, 2, 3).build();
        Nomination a = campaign.nominate(nomination(), Nominee.household(wang), "a", "管理员", day(1));
        Nomination b = campaign.nominate(nomination(), Nominee.household(li), "b", "管理员", day(1));
        campaign.openVoting(new VotingWindow(day(2), day(5)));
        campaign.vote(new Vote(household(), a.id(), "v1", day(3)));
        campaign.vote(new Vote(household(), a.id(), "v2", day(3)));

        campaign.closeVoting(day(6), WEEK);

        assertThat(campaign.nomination(a.id()).stars()).contains(2);
        assertThat(campaign.nomination(b.id()).status()).isEqualTo(NominationStatus.NOT_SELECTED);
    }

    @Test
    void rejectsThresholdsThatDoNotAscendOrBelongToAnotherKind() {
        assertThatThrownBy(() -> aCampaign().ofStarHouseholds(3, 3).build()).extracting(e -> ((org.civility.core.shared.CivilityException) e).code())
                .isEqualTo("APPRAISAL-THRESHOLDS-INVALID");
        assertThatThrownBy(() -> aCampaign().ofStarHouseholds().build()).extracting(e -> ((org.civility.core.shared.CivilityException) e).code())
                .isEqualTo("APPRAISAL-THRESHOLDS-INVALID");
    }

    @Test
    @DisplayName("R-APPR-1 an objection during notice suspends the award until resolved")
    void objectionSuspendsTheAwardUntilDismissed() {
        AppraisalCampaign campaign = onNotice();
        Nomination n = campaign.nominations().getFirst();
        Objection objection = campaign.object(new ObjectionId(UUID.randomUUID()), n.id(), "li", "有纠纷", day(7));

        assertThat(campaign.nomination(n.id()).status()).isEqualTo(NominationStatus.SUSPENDED);
        assertThatThrownBy(() -> campaign.award(day(20))).extracting(e -> ((org.civility.core.shared.CivilityException) e).code()).isEqualTo("APPRAISAL-OBJECTIONS-OPEN");

        campaign.resolveObjection(objection.id(), false, "管理员", "经核实不属实", day(8));
        assertThat(campaign.nomination(n.id()).status()).isEqualTo(NominationStatus.SHORTLISTED);
        assertThat(campaign.award(day(20))).extracting(Nomination::id).containsExactly(n.id());
        assertThat(campaign.phase()).isEqualTo(CampaignPhase.AWARDED);
        assertThat(campaign.nomination(n.id()).status()).isEqualTo(NominationStatus.AWARDED);
    }

    @Test
    @DisplayName("R-APPR-1 an upheld objection withdraws the nomination")
    void upheldObjectionWithdrawsTheNomination() {
        AppraisalCampaign campaign = onNotice();
        Nomination n = campaign.nominations().getFirst();
        Objection objection = campaign.object(new ObjectionId(UUID.randomUUID()), n.id(), "li", "有纠纷", day(7));

        campaign.resolveObjection(objection.id(), true, "管理员", "属实", day(8));

        assertThat(campaign.nomination(n.id()).status()).isEqualTo(NominationStatus.WITHDRAWN);
        assertThat(campaign.award(day(20))).isEmpty();
        assertThatThrownBy(() -> campaign.resolveObjection(objection.id(), false, "管理员", null, day(9)))
                .extracting(e -> ((org.civility.core.shared.CivilityException) e).code()).isEqualTo("APPRAISAL-PHASE");
    }

    @Test
    @DisplayName("R-APPR-1 no award before the notice period ends")
    void rejectsAwardDuringNotice() {
        AppraisalCampaign campaign = onNotice();

        assertThatThrownBy(() -> campaign.award(day(11))).extracting(e -> ((org.civility.core.shared.CivilityException) e).code()).isEqualTo("APPRAISAL-NOTICE-RUNNING");
        assertThat(campaign.award(day(12))).hasSize(1);
    }

    @Test
    void rejectsObjectionsAfterTheNoticeEndedOrAgainstUnselectedNominations() {
        AppraisalCampaign campaign = onNotice();
        Nomination n = campaign.nominations().getFirst();

        assertThatThrownBy(() -> campaign.object(new ObjectionId(UUID.randomUUID()), n.id(), "li", "晚了", day(12)))
                .extracting(e -> ((org.civility.core.shared.CivilityException) e).code()).isEqualTo("APPRAISAL-PHASE");
    }

    @Test
    void restoreRejectsInconsistentPhase() {
        AppraisalCampaign c = onNotice();
        assertThatThrownBy(() -> AppraisalCampaign.restore(c.id(), c.unit(), c.kind(), c.title(), c.year(),
                c.criteria(), c.starThresholds(), c.places(), c.createdBy(), c.createdAt(), CampaignPhase.AWARDED,
                c.votingWindow(), c.noticeStarts(), c.noticeEnds(), java.util.Optional.empty(), c.nominations(),
                c.votes(), c.objections(), 1)).extracting(e -> ((org.civility.core.shared.CivilityException) e).code()).isEqualTo("APPRAISAL-STATE-INVALID");
    }

    /** One nomination with one vote, noticed from day 5 to day 12. */
    private AppraisalCampaign onNotice() {
        AppraisalCampaign campaign = aCampaign().build();
        Nomination n = campaign.nominate(nomination(), Nominee.household(wang), "热心助邻", "管理员", day(1));
        campaign.openVoting(new VotingWindow(day(2), day(5)));
        campaign.vote(new Vote(zhao, n.id(), "zhao", day(3)));
        campaign.closeVoting(day(5), WEEK);
        return campaign;
    }

    private static NominationId nomination() {
        return new NominationId(UUID.randomUUID());
    }

    private static HouseholdId household() {
        return new HouseholdId(UUID.randomUUID());
    }
}
