package org.civility.core.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.activity.ActivityStatus;
import org.civility.core.activity.PracticeForm;
import org.civility.core.fixtures.OrganisationFixtures;
import org.civility.core.governance.PolicySettings;
import org.civility.core.lecture.LectureService;
import org.civility.core.memory.InMemoryActivityRepository;
import org.civility.core.memory.InMemoryLectureRepository;
import org.civility.core.memory.InMemoryMaterialStorage;
import org.civility.core.memory.InMemoryStationAssessmentRepository;
import org.civility.core.memory.InMemoryTeamRepository;
import org.civility.core.memory.InMemoryVenueRepository;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.DomainEvent;
import org.civility.core.shared.PageRequest;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.ActivityFixtures.aRecreation;
import static org.civility.core.fixtures.TeamFixtures.aTeam;
import static org.civility.core.fixtures.VenueFixtures.aVenue;

class AssessmentServiceTest {

    /** 2026-04-10 in Shanghai: January to March have ended, April has not. */
    private static final Instant NOW = Instant.parse("2026-04-10T02:00:00Z");

    private final OrganisationFixtures.Tree tree = OrganisationFixtures.aTree();
    private final Unit point = tree.units().store(Unit.foundPoint(OrganisationFixtures.aUnitId(), "文化广场实践点",
            tree.stationA().id()));
    private final InMemoryVenueRepository venues = new InMemoryVenueRepository();
    private final InMemoryTeamRepository teams = new InMemoryTeamRepository();
    private final InMemoryActivityRepository activities = new InMemoryActivityRepository();
    private final InMemoryStationAssessmentRepository assessments = new InMemoryStationAssessmentRepository();
    /** Complete records (R-ACT-1) per unit, as the activity records would count them. */
    private final Map<UnitId, Integer> complete = new HashMap<>();
    private final List<DomainEvent> events = new ArrayList<>();
    private final Clock clock = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
    private final LectureService lectures = new LectureService(new InMemoryLectureRepository(), tree.units(), teams,
            activities, new InMemoryMaterialStorage(), tree.access(), PolicySettings.defaults(), clock,
            IdSource.random(), EventPublisher.none());
    private final AssessmentService service = new AssessmentService(assessments, tree.units(), venues, teams,
            activities, (unit, from, to) -> complete.getOrDefault(unit, 0), lectures, tree.access(), clock,
            IdSource.random(), events::add);

    private final Actor instituteAdmin = tree.adminOfInstituteA();
    private final Actor leadershipGroup = Actor.of("县领导小组王组长", new RoleGrant(Role.LEADERSHIP_GROUP,
            tree.center().id()));

    AssessmentServiceTest() {
        UnitId station = tree.stationA().id();
        venues.store(aVenue().at(station).named("新时代文明实践站活动室").build());
        venues.store(aVenue().at(point.id()).named("文化广场").build());
        teams.store(aTeam().at(station).build());
        held(station, PracticeForm.LECTURE, "2026-01-12T02:00:00Z");
        held(point.id(), PracticeForm.LECTURE, "2026-03-05T02:00:00Z");
        held(station, PracticeForm.RECREATION, "2026-03-20T02:00:00Z");
        // not counted: planned only, and held in April (after the period)
        activities.store(aRecreation().at(station).startingAt(Instant.parse("2026-02-10T02:00:00Z")).build());
        held(station, PracticeForm.RECREATION, "2026-04-02T02:00:00Z");
        complete.put(station, 1);
        complete.put(point.id(), 1);
    }

    private void held(UnitId unit, PracticeForm form, String start) {
        activities.store(aRecreation().at(unit).ofForm(form).startingAt(Instant.parse(start))
                .withStatus(ActivityStatus.HELD).build());
    }

    private AssessStation firstQuarter(UnitId station) {
        return new AssessStation(station, YearMonth.of(2026, 1), YearMonth.of(2026, 3), AssessmentRating.GOOD,
                "通报表扬；二月未开讲，限期整改");
    }

    @Test
    @DisplayName("R-ASSESS-1 the institute assesses a station on its venues, teams, activities, lecture months and complete records")
    void assessesAStationWithItsFigures() {
        StationAssessment made = service.assess(instituteAdmin, firstQuarter(tree.stationA().id()));

        assertThat(made.figures()).isEqualTo(new AssessmentFigures(2, 1, 3, 3, 2, 2));
        assertThat(made.figures().hasVenuesTeamsAndActivities()).isTrue();
        assertThat(made.rating()).isEqualTo(AssessmentRating.GOOD);
        assertThat(made.decision()).isEqualTo("通报表扬；二月未开讲，限期整改");
        assertThat(made.assessedAt()).isEqualTo(NOW);
        assertThat(made.assessedBy()).isEqualTo(instituteAdmin.name());
        assertThat(made.version()).isEqualTo(1);
        assertThat(events).singleElement().isInstanceOf(StationAssessed.class);
        assertThat(service.ofStation(tree.headOfStationA(), tree.stationA().id(), new PageRequest(0, 10)).items())
                .extracting(StationAssessment::id).containsExactly(made.id());
    }

    @Test
    @DisplayName("R-ASSESS-1 an assessment keeps the figures it was made on: later work does not recompute it")
    void keepsTheFiguresItWasMadeOn() {
        StationAssessment made = service.assess(leadershipGroup, firstQuarter(tree.stationA().id()));
        // a February lecture recorded afterwards, and another complete record
        held(tree.stationA().id(), PracticeForm.LECTURE, "2026-02-15T02:00:00Z");
        complete.put(tree.stationA().id(), 2);

        assertThat(service.get(tree.headOfStationA(), made.id()).figures()).isEqualTo(made.figures());
        assertThat(service.figures(leadershipGroup, tree.stationA().id(), YearMonth.of(2026, 1), YearMonth.of(2026, 3)))
                .isEqualTo(new AssessmentFigures(2, 1, 4, 3, 3, 3));
    }

    @Test
    @DisplayName("R-ASSESS-1 the leadership group above assesses; a station's own head and another branch may not")
    void onlyTheUnitsAboveAssess() {
        UnitId station = tree.stationA().id();

        for (Actor denied : List.of(tree.headOfStationA(), tree.adminOfInstituteB(), tree.residentOfStationA(),
                Actor.of("站领导小组", new RoleGrant(Role.LEADERSHIP_GROUP, station)))) {
            assertThatThrownBy(() -> service.assess(denied, firstQuarter(station)))
                    .as(denied.name())
                    .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
        }
        assertThat(service.assess(leadershipGroup, firstQuarter(station)).station()).isEqualTo(station);
        assertThat(assessments.byStation(station, new PageRequest(0, 10)).items()).hasSize(1);
    }

    @Test
    @DisplayName("R-ASSESS-1 only stations, and only whole months that have ended, at most a year")
    void refusesWhatCannotBeAssessed() {
        UnitId station = tree.stationA().id();

        assertThatThrownBy(() -> service.assess(leadershipGroup, new AssessStation(tree.instituteA().id(),
                YearMonth.of(2026, 1), YearMonth.of(2026, 3), AssessmentRating.PASS, "合格")))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("ASSESSMENT-NOT-A-STATION"));
        for (YearMonth[] period : new YearMonth[][] {
                {YearMonth.of(2026, 3), YearMonth.of(2026, 4)},
                {YearMonth.of(2026, 3), YearMonth.of(2026, 1)},
                {YearMonth.of(2025, 1), YearMonth.of(2026, 1)}}) {
            assertThatThrownBy(() -> service.assess(leadershipGroup,
                    new AssessStation(station, period[0], period[1], AssessmentRating.PASS, "合格")))
                    .isInstanceOfSatisfying(CivilityException.class,
                            e -> assertThat(e.code()).isEqualTo("ASSESSMENT-PERIOD-INVALID"));
        }
        assertThatThrownBy(() -> service.assess(leadershipGroup, new AssessStation(station, YearMonth.of(2026, 1),
                YearMonth.of(2026, 1), AssessmentRating.PASS, " ")))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ASSESSMENT-INVALID"));
        assertThatThrownBy(() -> service.get(leadershipGroup, new AssessmentId(UUID.randomUUID())))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("NOT-FOUND"));
        assertThat(assessments.byStation(station, new PageRequest(0, 10)).items()).isEmpty();
        assertThat(events).isEmpty();
    }
}
