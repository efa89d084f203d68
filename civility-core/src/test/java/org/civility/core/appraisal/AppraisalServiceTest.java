package org.civility.core.appraisal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.fixtures.SettableClock;
import org.civility.core.fixtures.TestUnitTree;
import org.civility.core.governance.PolicySettings;
import org.civility.core.governance.SettingKey;
import org.civility.core.memory.InMemoryAppraisalCampaignRepository;
import org.civility.core.memory.InMemoryHouseholdRepository;
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

class AppraisalServiceTest {

    private final TestUnitTree tree = TestUnitTree.aUnitTree();
    private final UnitId station = tree.station;
    private final SettableClock clock = new SettableClock(T0);
    private final List<DomainEvent> events = new ArrayList<>();
    private final InMemoryHouseholdRepository households = new InMemoryHouseholdRepository();
    private final AppraisalService service = serviceWith(PolicySettings.defaults());

    private final Actor admin = Actor.of("站长", new RoleGrant(Role.HEAD, station));
    private final Actor wang = residentNamed("wang", station);
    private final Actor li = residentNamed("li", station);

    private AppraisalService serviceWith(PolicySettings settings) {
        return new AppraisalService(households, new InMemoryAppraisalCampaignRepository(),
                new AccessControl(tree), settings, clock, IdSource.random(), events::add);
    }

    @Test
    void runsAWholeCampaignAndWritesTheAwardIntoTheHouseholdsHistory() {
        Household wangs = register(station, "王大山", "wang");
        Household lis = register(station, "李春花", "li");
        AppraisalCampaign campaign = service.start(admin, new StartCampaign(station,
                AppraisalKind.STAR_CIVILISED_HOUSEHOLD, "2025年度星级文明户", 2025, List.of("遵纪守法"), List.of(1, 2), 1));
        campaign = service.nominate(admin, new Nominate(campaign.id(), Nominee.household(wangs.id()), "热心助邻"));
        NominationId nomination = campaign.nominations().getFirst().id();
        service.openVoting(admin, new OpenVoting(campaign.id(), day(1), day(3)));
        clock.set(day(2));
        service.vote(wang, new CastVote(campaign.id(), wangs.id(), nomination));
        service.vote(li, new CastVote(campaign.id(), lis.id(), nomination));
        clock.set(day(3));
        campaign = service.closeVoting(admin, new CloseVoting(campaign.id()));
        assertThat(campaign.noticeEnds()).contains(day(10));
        clock.set(day(4));
        campaign = service.object(li, new RaiseObjection(campaign.id(), nomination, "门前堆放杂物"));
        assertThat(campaign.nomination(nomination).status()).isEqualTo(NominationStatus.SUSPENDED);
        campaign = service.resolveObjection(admin, new ResolveObjection(campaign.id(),
                campaign.objections().getFirst().id(), false, "已清理"));
        clock.set(day(10));

        campaign = service.award(admin, new AwardCampaign(campaign.id()));

        assertThat(campaign.phase()).isEqualTo(CampaignPhase.AWARDED);
        assertThat(service.history(wang, wangs.id())).containsExactly(new HouseholdAward(campaign.id(),
                AppraisalKind.STAR_CIVILISED_HOUSEHOLD, "2025年度星级文明户", 2025, java.util.Optional.empty(),
                java.util.Optional.of(2), day(10)));
        assertThat(events).extracting(e -> e.getClass().getSimpleName()).containsExactly("HouseholdRegistered",
                "HouseholdRegistered", "CampaignStarted", "NomineeNominated", "VotingOpened", "VoteCast", "VoteCast",
                "PublicNoticeStarted", "ObjectionRaised", "ObjectionResolved", "CampaignAwarded");
    }

    @Test
    @DisplayName("R-APPR-1 a household's second vote is rejected, whoever of its members casts it")
    void rejectsTheSecondVoteOfAHousehold() {
        Household wangs = register(station, "王大山", "wang", "wang-son");
        AppraisalCampaign campaign = votingCampaign(wangs);
        NominationId nomination = campaign.nominations().getFirst().id();
        service.vote(wang, new CastVote(campaign.id(), wangs.id(), nomination));

        assertThatThrownBy(() -> service.vote(residentNamed("wang-son", station),
                new CastVote(campaign.id(), wangs.id(), nomination)))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("R-APPR-1");
                    assertThat(e.kind()).isEqualTo(ErrorKind.RULE);
                });
    }

    @Test
    @DisplayName("R-APPR-1 a household of another unit cannot vote")
    void rejectsAHouseholdOutsideTheUnit() {
        Household wangs = register(station, "王大山", "wang");
        Household below = register(tree.point, "赵四", "zhao");
        AppraisalCampaign campaign = votingCampaign(wangs);

        assertThatThrownBy(() -> service.vote(residentNamed("zhao", station),
                new CastVote(campaign.id(), below.id(), campaign.nominations().getFirst().id())))
                .extracting(e -> ((org.civility.core.shared.CivilityException) e).code()).isEqualTo("R-APPR-1");
    }

    @Test
    void rejectsAVoteForAHouseholdTheActorDoesNotBelongTo() {
        Household wangs = register(station, "王大山", "wang");
        AppraisalCampaign campaign = votingCampaign(wangs);

        assertThatThrownBy(() -> service.vote(li, new CastVote(campaign.id(), wangs.id(),
                campaign.nominations().getFirst().id())))
                .extracting(e -> ((org.civility.core.shared.CivilityException) e).code()).isEqualTo("APPRAISAL-NOT-A-MEMBER");
    }

    @Test
    void anAccountVotesForOneHouseholdOfAUnit() {
        register(station, "王大山", "wang");

        assertThatThrownBy(() -> register(station, "王小山", "wang")).extracting(e -> ((org.civility.core.shared.CivilityException) e).code())
                .isEqualTo("APPRAISAL-VOTER-TAKEN");
    }

    @Test
    @DisplayName("R-APPR-1 the notice lasts the unit's notice-days, which a unit may only lengthen")
    void noticeLastsTheUnitsSetting() {
        AppraisalService strict = serviceWith(new PolicySettings() {
            @SuppressWarnings("unchecked")
            @Override
            public <T> T effective(SettingKey<T> key, UnitId unit) {
                return key == AppraisalSettings.NOTICE_DAYS ? (T) Integer.valueOf(10) : key.defaultValue();
            }
        });
        Household wangs = register(station, "王大山", "wang");
        AppraisalCampaign campaign = strict.start(admin, new StartCampaign(station, AppraisalKind.GOOD_PERSON,
                "好人", 2025, List.of(), List.of(), 1));
        strict.nominate(admin, new Nominate(campaign.id(), Nominee.person("王大山", wangs.id()), "见义勇为"));
        strict.openVoting(admin, new OpenVoting(campaign.id(), T0, day(1)));
        clock.set(day(1));

        assertThat(strict.closeVoting(admin, new CloseVoting(campaign.id())).noticeEnds()).contains(day(11));
        assertThat(AppraisalSettings.NOTICE_DAYS.loosens(6, 7)).isTrue();
    }

    @Test
    void nomineesMustBelongToTheCampaignsUnit() {
        Household elsewhere = register(tree.otherStation, "钱五", "qian");
        AppraisalCampaign campaign = service.start(admin, new StartCampaign(station, AppraisalKind.GOOD_NEIGHBOUR,
                "好邻居", 2025, List.of(), List.of(), 1));

        assertThatThrownBy(() -> service.nominate(admin, new Nominate(campaign.id(),
                Nominee.household(elsewhere.id()), "x"))).extracting(e -> ((org.civility.core.shared.CivilityException) e).code()).isEqualTo("APPRAISAL-NOMINEE-OUTSIDE-UNIT");
    }

    @Test
    void actorsOfAnotherBranchAreDenied() {
        Actor stranger = Actor.of("外站站长", new RoleGrant(Role.HEAD, tree.otherStation));
        Household wangs = register(station, "王大山", "wang");
        AppraisalCampaign campaign = votingCampaign(wangs);

        assertThatThrownBy(() -> service.get(stranger, campaign.id())).extracting(e -> ((org.civility.core.shared.CivilityException) e).code()).isEqualTo("ACCESS-DENIED");
        assertThatThrownBy(() -> service.closeVoting(stranger, new CloseVoting(campaign.id())))
                .extracting(e -> ((org.civility.core.shared.CivilityException) e).code()).isEqualTo("ACCESS-DENIED");
        assertThatThrownBy(() -> service.history(stranger, wangs.id())).extracting(e -> ((org.civility.core.shared.CivilityException) e).code()).isEqualTo("ACCESS-DENIED");
        assertThatThrownBy(() -> service.start(wang, new StartCampaign(station, AppraisalKind.GOOD_NEIGHBOUR,
                "x", 2025, List.of(), List.of(), 1))).extracting(e -> ((org.civility.core.shared.CivilityException) e).code()).isEqualTo("ACCESS-DENIED");
    }

    @Test
    void listsHouseholdsToAppraisalStaffAndCampaignsToEveryone() {
        register(station, "王大山", "wang");
        register(station, "李春花", "li");
        service.start(admin, new StartCampaign(station, AppraisalKind.GOOD_NEIGHBOUR, "好邻居", 2025, List.of(), List.of(), 1));

        assertThat(service.listHouseholds(admin, station, PageRequest.firstPage()).items())
                .extracting(Household::head).containsExactly("李春花", "王大山");
        assertThat(service.list(wang, station, PageRequest.firstPage()).items()).hasSize(1);
    }

    @Test
    void keepsTheHouseholdRegisterFromResidentsButShowsVotersTheirOwnHousehold() {
        Household wangs = register(station, "王大山", "wang");
        Household lis = register(station, "李春花", "li");

        assertThatThrownBy(() -> service.listHouseholds(wang, station, PageRequest.firstPage()))
                .extracting(e -> ((org.civility.core.shared.CivilityException) e).code()).isEqualTo("ACCESS-DENIED");
        assertThatThrownBy(() -> service.getHousehold(wang, lis.id()))
                .extracting(e -> ((org.civility.core.shared.CivilityException) e).code()).isEqualTo("ACCESS-DENIED");
        assertThat(service.getHousehold(wang, wangs.id()).head()).isEqualTo("王大山");
        assertThat(service.history(wang, lis.id())).isEmpty();
    }

    private AppraisalCampaign votingCampaign(Household nominee) {
        AppraisalCampaign campaign = service.start(admin, new StartCampaign(station, AppraisalKind.GOOD_NEIGHBOUR,
                "好邻居", 2025, List.of(), List.of(), 1));
        service.nominate(admin, new Nominate(campaign.id(), Nominee.household(nominee.id()), "热心"));
        return service.openVoting(admin, new OpenVoting(campaign.id(), T0, day(3)));
    }

    private Household register(UnitId unit, String head, String... voters) {
        return service.registerHousehold(Actor.of("站长", new RoleGrant(Role.HEAD, tree.center)),
                new RegisterHousehold(unit, head, "东风村", null, 3, Set.of(voters)));
    }
}
