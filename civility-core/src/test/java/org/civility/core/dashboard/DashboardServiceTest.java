package org.civility.core.dashboard;

import org.civility.core.fixtures.RecordFixtures;
import org.civility.core.memory.InMemoryChainHeadRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.activity.Activity;
import org.civility.core.activity.ActivityService;
import org.civility.core.activity.PlanActivity;
import org.civility.core.activity.PracticeForm;
import org.civility.core.activity.Theme;
import org.civility.core.assistance.AssistanceService;
import org.civility.core.assistance.CareCategory;
import org.civility.core.assistance.CareRecipientSummary;
import org.civility.core.assistance.RegisterCareRecipient;
import org.civility.core.assistance.StartCarePairing;
import org.civility.core.fixtures.OrganisationFixtures;
import org.civility.core.governance.PolicySettings;
import org.civility.core.lecture.Lecture;
import org.civility.core.lecture.LectureService;
import org.civility.core.lecture.LectureTheme;
import org.civility.core.lecture.RecordLectureGiven;
import org.civility.core.lecture.ScheduleLecture;
import org.civility.core.memory.InMemoryActivityRepository;
import org.civility.core.memory.InMemoryBookingRepository;
import org.civility.core.memory.InMemoryCarePairingRepository;
import org.civility.core.memory.InMemoryCareRecipientRepository;
import org.civility.core.memory.InMemoryLectureRepository;
import org.civility.core.memory.InMemoryMaterialStorage;
import org.civility.core.memory.InMemoryServiceOrderRepository;
import org.civility.core.memory.InMemoryServiceRecordRepository;
import org.civility.core.memory.InMemoryTeamRepository;
import org.civility.core.memory.InMemoryVolunteerRepository;
import org.civility.core.order.OrderEscalation;
import org.civility.core.order.OrderItem;
import org.civility.core.order.OrderService;
import org.civility.core.order.OrderStatus;
import org.civility.core.order.PlaceOrder;
import org.civility.core.order.ServiceOrder;
import org.civility.core.organisation.RepositoryUnitHierarchy;
import org.civility.core.organisation.UnitId;
import org.civility.core.record.MakeUp;
import org.civility.core.record.ServiceRecord;
import org.civility.core.record.ServiceRecordService;
import org.civility.core.shared.CivilityException;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.team.TeamKind;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.TeamFixtures.aMember;
import static org.civility.core.fixtures.TeamFixtures.aTeam;
import static org.civility.core.fixtures.VolunteerFixtures.aVolunteer;

/** A unit's month and a subtree's overview, summed up from the in-memory stores of the features. */
class DashboardServiceTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 2026-11-20 10:00 in Shanghai. */
    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    /** 2026-11-02 09:00 in Shanghai. */
    private static final Instant EARLY_NOVEMBER = Instant.parse("2026-11-02T01:00:00Z");
    /** 2026-10-31 23:00 in Shanghai: still October there. */
    private static final Instant LATE_OCTOBER = Instant.parse("2026-10-31T15:00:00Z");

    private final Clock clock = Clock.fixed(NOW, ZONE);
    private final OrganisationFixtures.Tree tree = OrganisationFixtures.aTree();
    private final UnitId station = tree.stationA().id();
    private final UnitId otherStation = tree.stationB().id();

    private final InMemoryActivityRepository activityStore = new InMemoryActivityRepository();
    private final InMemoryServiceOrderRepository orderStore = new InMemoryServiceOrderRepository();
    private final InMemoryServiceRecordRepository recordStore = new InMemoryServiceRecordRepository();
    private final InMemoryTeamRepository teams = new InMemoryTeamRepository();
    private final InMemoryVolunteerRepository volunteers = new InMemoryVolunteerRepository();

    private final ActivityService activities = new ActivityService(activityStore, new InMemoryBookingRepository(),
            tree.access(), clock, IdSource.random(), EventPublisher.none(), ZONE);
    private final LectureService lectures = new LectureService(new InMemoryLectureRepository(), tree.units(), teams,
            activityStore, new InMemoryMaterialStorage(), tree.access(), PolicySettings.defaults(), clock, IdSource.random(),
            EventPublisher.none());
    private final AssistanceService assistance = new AssistanceService(new InMemoryCareRecipientRepository(),
            new InMemoryCarePairingRepository(), volunteers, tree.access(), new RepositoryUnitHierarchy(tree.units()),
            PolicySettings.defaults(), clock, IdSource.random(), EventPublisher.none());
    private final ServiceRecordService records = new ServiceRecordService(recordStore, new InMemoryChainHeadRepository(), RecordFixtures.SEAL, volunteers, tree.access(), clock,
            IdSource.random(), EventPublisher.none());

    private final DashboardService dashboards = new DashboardService(tree.access(), tree.units(), activityStore,
            orderStore, recordStore, lectures, assistance, clock, ZONE);

    private final Actor stationAdmin = Actor.of("station-admin", new RoleGrant(Role.ADMINISTRATOR, station));
    private final Actor stationHead = tree.headOfStationA();
    private final Actor dutyStaff = Actor.of("duty", new RoleGrant(Role.DUTY_STAFF, station));
    private final VolunteerId speaker = new VolunteerId(UUID.randomUUID());

    DashboardServiceTest() {
        teams.store(aTeam().at(station).ofKind(TeamKind.EXPERT).withMember(aMember(speaker)).build());
    }

    @Test
    @DisplayName("counts the activities held in the month by practice form and by each of their themes")
    void countsHeldActivitiesByFormAndTheme() {
        // given two held lectures-form activities and a held recreation in November, one planned, one of October
        held(station, PracticeForm.LECTURE, Set.of(Theme.THOUGHT, Theme.POLICY), EARLY_NOVEMBER);
        held(station, PracticeForm.LECTURE, Set.of(Theme.POLICY), EARLY_NOVEMBER.plus(Duration.ofDays(3)));
        held(station, PracticeForm.RECREATION, Set.of(Theme.CULTURE), EARLY_NOVEMBER.plus(Duration.ofDays(5)));
        activities.plan(stationAdmin, plan(station, PracticeForm.CELEBRATION, Set.of(Theme.CULTURE), NOW.plus(Duration.ofDays(2))));
        held(station, PracticeForm.APPRAISAL, Set.of(Theme.MORALITY), LATE_OCTOBER);
        held(otherStation, PracticeForm.ASSISTANCE, Set.of(Theme.SKILLS), EARLY_NOVEMBER);

        // when
        MonthDashboard month = dashboards.month(stationHead, station, NOVEMBER);

        // then
        assertThat(month.activitiesByForm()).containsEntry(PracticeForm.LECTURE, 2)
                .containsEntry(PracticeForm.RECREATION, 1).containsEntry(PracticeForm.APPRAISAL, 0)
                .containsEntry(PracticeForm.CELEBRATION, 0).containsEntry(PracticeForm.ASSISTANCE, 0);
        assertThat(month.activitiesByTheme()).containsEntry(Theme.POLICY, 2).containsEntry(Theme.THOUGHT, 1)
                .containsEntry(Theme.CULTURE, 1).containsEntry(Theme.MORALITY, 0).containsEntry(Theme.SKILLS, 0);
        assertThat(month.activities()).isEqualTo(3);
        assertThat(dashboards.month(stationHead, station, YearMonth.of(2026, 10)).activitiesByForm())
                .containsEntry(PracticeForm.APPRAISAL, 1);
    }

    @Test
    @DisplayName("R-LECT-1 the month counts given lectures and the stations that held one")
    void countsLectureCompliance() {
        // given a lecture given at station A in November, none at station B
        Lecture lecture = lectures.schedule(stationAdmin, new ScheduleLecture(station, "学习全会精神",
                Set.of(LectureTheme.THOUGHT), EARLY_NOVEMBER, EARLY_NOVEMBER.plus(Duration.ofHours(1)), speaker,
                "孙立新", "备课提纲"));
        lectures.recordGiven(stationAdmin, new RecordLectureGiven(lecture.id(), Optional.empty(), 30));

        // when
        MonthDashboard stationMonth = dashboards.month(stationHead, station, NOVEMBER);
        UnitOverview center = dashboards.overview(tree.headOfCenter(), tree.center().id(), NOVEMBER);

        // then
        assertThat(stationMonth.lectures()).isEqualTo(new MonthDashboard.Lectures(1, 1, 1));
        assertThat(center.stations()).extracting(UnitOverview.StationLine::station, UnitOverview.StationLine::lectures,
                        UnitOverview.StationLine::compliant)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(station, 1, true),
                        org.assertj.core.groups.Tuple.tuple(otherStation, 0, false));
        assertThat(center.missingLectures()).extracting(UnitOverview.StationLine::station).containsExactly(otherStation);
    }

    @Test
    @DisplayName("R-ORD-2 orders placed in the month count by status, escalated ones too, and the overview lists those escalated")
    void countsOrdersAndListsEscalatedOnes() {
        // given two orders placed at station A on Nov 2, one escalated to the institute after 48 hours
        OrderService placing = orderService(Clock.fixed(EARLY_NOVEMBER, ZONE));
        Actor resident = Actor.of("resident", new RoleGrant(Role.RESIDENT, station));
        ServiceOrder escalating = placing.place(resident, new PlaceOrder(station, "张大爷", new OrderItem.Wish("理发"),
                "", Optional.empty()));
        ServiceOrder other = placing.place(resident, new PlaceOrder(station, "李奶奶", new OrderItem.Wish("买菜"),
                "", Optional.empty()));
        orderService(clock).review(stationAdmin, new org.civility.core.order.ReviewOrder(other.id(), "", false));
        placing.place(Actor.of("r2", new RoleGrant(Role.RESIDENT, otherStation)),
                new PlaceOrder(otherStation, "王大妈", new OrderItem.Wish("修灯"), "", Optional.empty()));
        // only the first one is still waiting for its first handling by then
        new OrderEscalation(orderStore, tree.units(), PolicySettings.defaults(), EventPublisher.none())
                .escalateOverdue(EARLY_NOVEMBER.plus(Duration.ofHours(49)));

        // when
        MonthDashboard month = dashboards.month(stationHead, station, NOVEMBER);
        UnitOverview institute = dashboards.overview(tree.adminOfInstituteA(), tree.instituteA().id(), NOVEMBER);
        UnitOverview stationView = dashboards.overview(stationHead, station, NOVEMBER);

        // then
        assertThat(month.orders()).isEqualTo(2);
        assertThat(month.ordersByStatus().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
        assertThat(institute.escalated()).extracting(UnitOverview.EscalatedOrder::order)
                .contains(escalating.id()).doesNotContainNull();
        UnitOverview.EscalatedOrder line = institute.escalated().stream()
                .filter(e -> e.order().equals(escalating.id())).findFirst().orElseThrow();
        assertThat(line.placedAtUnit()).isEqualTo(station);
        assertThat(line.aboveUnit()).isFalse();
        assertThat(stationView.escalated()).filteredOn(e -> e.order().equals(escalating.id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.handlingUnit()).isNotEqualTo(station);
                    assertThat(e.aboveUnit()).isTrue();
                });
        assertThat(institute.escalated()).allSatisfy(e -> assertThat(e.placedAtUnit()).isEqualTo(station));
    }

    @Test
    @DisplayName("R-HELP-1 overdue visits show to whom may read the care report, and to nobody else")
    void overdueVisitsOnlyForCareStaff() {
        // given a pairing started 30 days ago with a weekly visit, never visited
        VolunteerId li = volunteers.store(aVolunteer().at(station).named("李明").build()).id();
        CareRecipientSummary elder = assistance.register(stationAdmin, new RegisterCareRecipient(station,
                CareCategory.EMPTY_NEST_ELDER, "赵大爷", Optional.empty(), Optional.empty(), "圆东村三组 12 号",
                Optional.empty(), "独居", Optional.empty()));
        assistance.pair(stationAdmin, new StartCarePairing(elder.id(), List.of(li), 7,
                Optional.of(java.time.LocalDate.of(2026, 10, 21))));

        // then
        assertThat(dashboards.month(stationHead, station, NOVEMBER).overdueVisits()).contains(1);
        assertThat(dashboards.month(stationAdmin, station, NOVEMBER).overdueVisits()).contains(1);
        assertThat(dashboards.month(dutyStaff, station, NOVEMBER).overdueVisits()).isEmpty();
    }

    @Test
    @DisplayName("volunteer hours count the effective entries that started in the month, a corrected one once")
    void sumsVolunteerHours() {
        // given 120 minutes corrected to 90, and 60 minutes of another volunteer, in November; 60 in October
        VolunteerId zhou = volunteers.store(aVolunteer().at(station).named("周晓明").build()).id();
        VolunteerId lin = volunteers.store(aVolunteer().at(station).named("林雨萱").build()).id();
        ServiceRecord first = records.makeUp(stationAdmin, makeUp(zhou, EARLY_NOVEMBER, 120, Optional.empty()));
        records.makeUp(stationAdmin, makeUp(zhou, EARLY_NOVEMBER, 90, Optional.of(first.id())));
        records.makeUp(stationAdmin, makeUp(lin, EARLY_NOVEMBER.plus(Duration.ofDays(1)), 60, Optional.empty()));
        records.makeUp(stationAdmin, makeUp(lin, LATE_OCTOBER.minus(Duration.ofHours(2)), 60, Optional.empty()));

        // when
        MonthDashboard month = dashboards.month(stationHead, station, NOVEMBER);

        // then
        assertThat(month.hours()).isEqualTo(new MonthDashboard.Hours(150, 2, 2));
        assertThat(dashboards.overview(tree.adminOfInstituteA(), tree.instituteA().id(), NOVEMBER).stations())
                .singleElement().extracting(UnitOverview.StationLine::minutes).isEqualTo(150L);
    }

    @Test
    @DisplayName("only those who may view the unit see its dashboards")
    void deniesOutsideTheSubtree() {
        assertThatThrownBy(() -> dashboards.month(tree.adminOfInstituteB(), station, NOVEMBER))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
        assertThatThrownBy(() -> dashboards.overview(tree.headOfStationA(), tree.instituteA().id(), NOVEMBER))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
        assertThat(dashboards.currentMonth()).isEqualTo(NOVEMBER);
    }

    private OrderService orderService(Clock at) {
        return new OrderService(orderStore, teams, volunteers, tree.access(), PolicySettings.defaults(), at,
                IdSource.random(), EventPublisher.none());
    }

    private Activity held(UnitId unit, PracticeForm form, Set<Theme> themes, Instant start) {
        Actor admin = Actor.of("admin", new RoleGrant(Role.ADMINISTRATOR, unit));
        Activity planned = activities.plan(admin, plan(unit, form, themes, start));
        return activities.markHeld(admin, planned.id());
    }

    private static PlanActivity plan(UnitId unit, PracticeForm form, Set<Theme> themes, Instant start) {
        return new PlanActivity(unit, form, themes, "文明实践活动", "", start, start.plus(Duration.ofHours(2)),
                Optional.empty(), Optional.empty());
    }

    private MakeUp makeUp(VolunteerId volunteer, Instant start, int minutes, Optional<org.civility.core.record.ServiceRecordId> corrects) {
        return new MakeUp(volunteer, station, Optional.empty(), "敬老院助老服务", "圆东村敬老院", start,
                start.plus(Duration.ofMinutes(minutes)), 180, corrects);
    }
}
