package org.civility.core.appraisal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.fixtures.SettableClock;
import org.civility.core.fixtures.TestUnitTree;
import org.civility.core.governance.PolicySettings;
import org.civility.core.memory.InMemoryAppraisalCampaignRepository;
import org.civility.core.memory.InMemoryHouseholdRepository;
import org.civility.core.memory.InMemoryRecommendationRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.DomainEvent;
import org.civility.core.shared.ErrorKind;
import org.civility.core.shared.PageRequest;
import org.civility.core.spi.IdSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.AppraisalFixtures.T0;
import static org.civility.core.fixtures.AppraisalFixtures.day;
import static org.civility.core.fixtures.AppraisalFixtures.residentNamed;

class RecommendationServiceTest {

    private final TestUnitTree tree = TestUnitTree.aUnitTree();
    private final UnitId station = tree.station;
    private final SettableClock clock = new SettableClock(T0);
    private final List<DomainEvent> events = new ArrayList<>();
    private final InMemoryHouseholdRepository households = new InMemoryHouseholdRepository();
    private final InMemoryAppraisalCampaignRepository campaigns = new InMemoryAppraisalCampaignRepository();
    private final AccessControl access = new AccessControl(tree);
    private final AppraisalService appraisals = new AppraisalService(households, campaigns, access,
            PolicySettings.defaults(), clock, IdSource.random(), events::add);
    private final RecommendationService service = new RecommendationService(new InMemoryRecommendationRepository(),
            campaigns, households, access, clock, IdSource.random(), events::add);

    private final Actor head = Actor.of("站长", new RoleGrant(Role.HEAD, station));
    private final Actor committee = Actor.of("居委刘主任", new RoleGrant(Role.COMMITTEE, station));
    private final Actor wang = residentNamed("wang", station);
    private final Actor li = residentNamed("li", station);

    @Test
    @DisplayName("R-APPR-2 a resident recommends a good person; the committee confirms it into a nomination the campaign votes on")
    void committeeConfirmsAResidentsRecommendationIntoANomination() {
        // given
        Household zhangs = register(station, "张桂兰");
        AppraisalCampaign campaign = nominatingCampaign();
        Recommendation recommended = service.recommend(wang, new RecommendGoodPerson(campaign.id(), "张桂兰",
                "十年如一日照顾瘫痪的婆婆"));
        clock.set(day(1));

        // when
        Recommendation confirmed = service.confirm(committee, new ConfirmRecommendation(campaign.id(),
                recommended.id(), zhangs.id(), null), recommended.version());

        // then
        assertThat(confirmed.status()).isEqualTo(RecommendationStatus.CONFIRMED);
        assertThat(confirmed.decidedBy()).contains("居委刘主任");
        assertThat(confirmed.decidedAt()).contains(day(1));
        AppraisalCampaign after = appraisals.get(wang, campaign.id());
        Nomination nomination = after.nomination(confirmed.nomination().orElseThrow());
        assertThat(nomination.nominee()).isEqualTo(Nominee.person("张桂兰", zhangs.id()));
        assertThat(nomination.reason()).isEqualTo("十年如一日照顾瘫痪的婆婆");
        assertThat(nomination.nominatedBy()).isEqualTo("居委刘主任");
        assertThat(nomination.status()).isEqualTo(NominationStatus.NOMINATED);
        assertThat(events).extracting(e -> e.getClass().getSimpleName()).endsWith("GoodPersonRecommended",
                "NomineeNominated", "RecommendationConfirmed");
    }

    @Test
    @DisplayName("R-APPR-2 the committee may nominate under the name the household register knows")
    void confirmsUnderACorrectedName() {
        Household zhangs = register(station, "张大山");
        AppraisalCampaign campaign = nominatingCampaign();
        Recommendation recommended = service.recommend(wang, new RecommendGoodPerson(campaign.id(), "张阿姨", "义务打扫楼道"));

        Recommendation confirmed = service.confirm(committee, new ConfirmRecommendation(campaign.id(),
                recommended.id(), zhangs.id(), "张桂兰"), null);

        assertThat(appraisals.get(wang, campaign.id()).nomination(confirmed.nomination().orElseThrow()).nominee())
                .isEqualTo(Nominee.person("张桂兰", zhangs.id()));
        assertThat(confirmed.person()).isEqualTo("张阿姨");
    }

    @Test
    @DisplayName("R-APPR-2 the committee declines a recommendation with a reason the resident reads")
    void committeeDeclinesWithAReason() {
        AppraisalCampaign campaign = nominatingCampaign();
        Recommendation recommended = service.recommend(wang, new RecommendGoodPerson(campaign.id(), "赵六", "捡到钱包归还失主"));

        Recommendation declined = service.decline(committee, new DeclineRecommendation(campaign.id(),
                recommended.id(), "本村无此人"), null);

        assertThat(declined.status()).isEqualTo(RecommendationStatus.DECLINED);
        assertThat(declined.declineReason()).contains("本村无此人");
        assertThat(service.get(wang, campaign.id(), recommended.id()).declineReason()).contains("本村无此人");
        assertThat(appraisals.get(wang, campaign.id()).nominations()).isEmpty();
    }

    @Test
    @DisplayName("R-APPR-2 a recommendation is confirmed or declined once: a second decision is a 409")
    void decidesARecommendationOnce() {
        Household zhangs = register(station, "张桂兰");
        AppraisalCampaign campaign = nominatingCampaign();
        Recommendation confirmed = service.recommend(wang, new RecommendGoodPerson(campaign.id(), "张桂兰", "照顾婆婆"));
        service.confirm(committee, new ConfirmRecommendation(campaign.id(), confirmed.id(), zhangs.id(), null), null);
        Recommendation declined = service.recommend(li, new RecommendGoodPerson(campaign.id(), "赵六", "拾金不昧"));
        service.decline(committee, new DeclineRecommendation(campaign.id(), declined.id(), "查无此事"), null);

        assertThatThrownBy(() -> service.decline(committee, new DeclineRecommendation(campaign.id(), confirmed.id(),
                "重复"), null)).isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("APPRAISAL-RECOMMENDATION-DECIDED");
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                });
        assertThatThrownBy(() -> service.confirm(committee, new ConfirmRecommendation(campaign.id(), declined.id(),
                zhangs.id(), null), null)).extracting(e -> ((CivilityException) e).code())
                .isEqualTo("APPRAISAL-RECOMMENDATION-DECIDED");
        assertThat(appraisals.get(wang, campaign.id()).nominations()).hasSize(1);
    }

    @Test
    @DisplayName("R-APPR-2 recommendations are made and decided only while the campaign nominates")
    void onlyWhileTheCampaignNominates() {
        Household zhangs = register(station, "张桂兰");
        AppraisalCampaign campaign = nominatingCampaign();
        Recommendation pending = service.recommend(wang, new RecommendGoodPerson(campaign.id(), "李四", "照顾孤寡老人"));
        appraisals.nominate(head, new Nominate(campaign.id(), Nominee.household(zhangs.id()), "热心"));
        appraisals.openVoting(head, new OpenVoting(campaign.id(), T0, day(3)));

        assertThatThrownBy(() -> service.recommend(li, new RecommendGoodPerson(campaign.id(), "赵六", "拾金不昧")))
                .extracting(e -> ((CivilityException) e).code()).isEqualTo("APPRAISAL-PHASE");
        assertThatThrownBy(() -> service.confirm(committee, new ConfirmRecommendation(campaign.id(), pending.id(),
                zhangs.id(), null), null)).extracting(e -> ((CivilityException) e).code()).isEqualTo("APPRAISAL-PHASE");
        assertThatThrownBy(() -> service.decline(committee, new DeclineRecommendation(campaign.id(), pending.id(),
                "晚了"), null)).extracting(e -> ((CivilityException) e).code()).isEqualTo("APPRAISAL-PHASE");
        assertThat(service.get(committee, campaign.id(), pending.id()).status()).isEqualTo(RecommendationStatus.PENDING);
    }

    @Test
    @DisplayName("R-APPR-2 who recommended stays with the committee: a resident lists and reads only their own")
    void keepsTheRecommenderFromOtherResidents() {
        AppraisalCampaign campaign = nominatingCampaign();
        Recommendation byWang = service.recommend(wang, new RecommendGoodPerson(campaign.id(), "张桂兰", "照顾婆婆"));
        clock.set(day(1));
        Recommendation byLi = service.recommend(li, new RecommendGoodPerson(campaign.id(), "赵六", "拾金不昧"));

        assertThat(service.list(wang, campaign.id(), new PageRequest(0, 10)).items())
                .extracting(Recommendation::id).containsExactly(byWang.id());
        assertThat(service.list(committee, campaign.id(), new PageRequest(0, 10)).items())
                .extracting(Recommendation::recommendedBy).containsExactly("wang", "li");
        assertThatThrownBy(() -> service.get(wang, campaign.id(), byLi.id()))
                .extracting(e -> ((CivilityException) e).code()).isEqualTo("NOT-FOUND");
    }

    @Test
    @DisplayName("R-APPR-2 residents recommend, the committee decides: neither may do the other's part")
    void checksWhoMayRecommendAndWhoMayDecide() {
        AppraisalCampaign campaign = nominatingCampaign();
        Recommendation recommended = service.recommend(wang, new RecommendGoodPerson(campaign.id(), "张桂兰", "照顾婆婆"));
        Actor volunteer = Actor.of("xiaoming", new RoleGrant(Role.VOLUNTEER, station));
        Actor elsewhere = residentNamed("qian", tree.otherStation);

        assertThatThrownBy(() -> service.decline(wang, new DeclineRecommendation(campaign.id(), recommended.id(),
                "不行"), null)).extracting(e -> ((CivilityException) e).kind()).isEqualTo(ErrorKind.FORBIDDEN);
        assertThatThrownBy(() -> service.recommend(volunteer, new RecommendGoodPerson(campaign.id(), "张", "好")))
                .extracting(e -> ((CivilityException) e).kind()).isEqualTo(ErrorKind.FORBIDDEN);
        assertThatThrownBy(() -> service.recommend(elsewhere, new RecommendGoodPerson(campaign.id(), "张", "好")))
                .extracting(e -> ((CivilityException) e).kind()).isEqualTo(ErrorKind.FORBIDDEN);
        assertThatThrownBy(() -> service.list(elsewhere, campaign.id(), new PageRequest(0, 10)))
                .extracting(e -> ((CivilityException) e).kind()).isEqualTo(ErrorKind.FORBIDDEN);
    }

    @Test
    @DisplayName("R-APPR-2 the good person's household must be of the campaign's unit")
    void confirmsOnlyIntoAHouseholdOfTheUnit() {
        Household elsewhere = register(tree.otherStation, "钱五");
        AppraisalCampaign campaign = nominatingCampaign();
        Recommendation recommended = service.recommend(wang, new RecommendGoodPerson(campaign.id(), "钱五", "修桥补路"));

        assertThatThrownBy(() -> service.confirm(committee, new ConfirmRecommendation(campaign.id(), recommended.id(),
                elsewhere.id(), null), null)).extracting(e -> ((CivilityException) e).code())
                .isEqualTo("APPRAISAL-NOMINEE-OUTSIDE-UNIT");
        assertThat(service.get(committee, campaign.id(), recommended.id()).pending()).isTrue();
    }

    @Test
    @DisplayName("R-APPR-2 the committee reads the unit's households to pick the good person's; residents do not")
    void committeeReadsTheHouseholdRegister() {
        Household zhangs = register(station, "张桂兰");

        assertThat(appraisals.listHouseholds(committee, station, new PageRequest(0, 10)).items())
                .extracting(Household::id).containsExactly(zhangs.id());
        assertThatThrownBy(() -> appraisals.listHouseholds(wang, station, new PageRequest(0, 10)))
                .extracting(e -> ((CivilityException) e).kind()).isEqualTo(ErrorKind.FORBIDDEN);
    }

    @Test
    void refusesADeedLongerThanAllowed() {
        AppraisalCampaign campaign = nominatingCampaign();

        assertThatThrownBy(() -> service.recommend(wang, new RecommendGoodPerson(campaign.id(), "张桂兰",
                "好".repeat(Recommendation.MAX_DEED + 1)))).isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("APPRAISAL-RECOMMENDATION-TOO-LONG");
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
                });
    }

    @Test
    void refusesAStaleConfirmationAndARecommendationOfAnotherCampaign() {
        Household zhangs = register(station, "张桂兰");
        AppraisalCampaign campaign = nominatingCampaign();
        AppraisalCampaign other = nominatingCampaign();
        Recommendation recommended = service.recommend(wang, new RecommendGoodPerson(campaign.id(), "张桂兰", "照顾婆婆"));

        assertThatThrownBy(() -> service.confirm(committee, new ConfirmRecommendation(campaign.id(), recommended.id(),
                zhangs.id(), null), recommended.version() + 1)).extracting(e -> ((CivilityException) e).code())
                .isEqualTo("STALE-VERSION");
        assertThatThrownBy(() -> service.confirm(committee, new ConfirmRecommendation(other.id(), recommended.id(),
                zhangs.id(), null), null)).extracting(e -> ((CivilityException) e).code()).isEqualTo("NOT-FOUND");
    }

    @Test
    void restoreRefusesADecisionWithoutItsFields() {
        assertThatThrownBy(() -> Recommendation.restore(new RecommendationId(java.util.UUID.randomUUID()),
                new CampaignId(java.util.UUID.randomUUID()), "张桂兰", "照顾婆婆", "wang", T0,
                RecommendationStatus.CONFIRMED, Optional.of("居委"), Optional.of(T0), Optional.empty(), Optional.empty(), 1))
                .extracting(e -> ((CivilityException) e).code()).isEqualTo("APPRAISAL-STATE-INVALID");
    }

    private AppraisalCampaign nominatingCampaign() {
        return appraisals.start(head, new StartCampaign(station, AppraisalKind.GOOD_PERSON, "2025年度身边好人", 2025,
                List.of(), List.of(), 3));
    }

    private Household register(UnitId unit, String headName) {
        return appraisals.registerHousehold(Actor.of("站长", new RoleGrant(Role.HEAD, tree.center)),
                new RegisterHousehold(unit, headName, "东风村", null, 3, Set.of()));
    }
}
