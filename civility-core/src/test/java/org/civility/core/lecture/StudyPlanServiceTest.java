package org.civility.core.lecture;

import java.time.Clock;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.List;

import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.fixtures.OrganisationFixtures;
import org.civility.core.memory.InMemoryLectureRequestRepository;
import org.civility.core.memory.InMemoryStudyPlanRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.PageRequest;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StudyPlanServiceTest {

    private static final Instant NOW = Instant.parse("2026-01-05T02:00:00Z");

    private final OrganisationFixtures.Tree tree = OrganisationFixtures.aTree();
    private final InMemoryLectureRequestRepository requests = new InMemoryLectureRequestRepository();
    private final StudyPlanService service = new StudyPlanService(new InMemoryStudyPlanRepository(), requests,
            tree.units(), tree.access(), Clock.fixed(NOW, ZoneOffset.UTC), IdSource.random(), EventPublisher.none());

    @Test
    @DisplayName("R-LECT-4 a station's plan copies its institute's plan and takes residents' requests")
    void drawsUpAPlanFromTheParentsPlanAndRequests() {
        // given: the institute's plan and a resident's request at the station
        StudyPlan institutePlan = service.drawUp(tree.adminOfInstituteA(), new DrawUpStudyPlan(tree.instituteA().id(), 2026,
                List.of(), List.of(new StudyPlan.LocalItem(Month.MARCH, "学雷锋"), new StudyPlan.LocalItem(Month.JANUARY, "新思想"))));
        LectureRequest request = service.fileRequest(tree.residentOfStationA(),
                new FileLectureRequest(tree.stationA().id(), "防电信诈骗", "老人常接诈骗电话"));
        LectureRequest ignored = service.fileRequest(tree.residentOfStationA(),
                new FileLectureRequest(tree.stationA().id(), "广场舞", "想学"));

        // when
        StudyPlan plan = service.drawUp(tree.headOfStationA(), new DrawUpStudyPlan(tree.stationA().id(), 2026,
                List.of(new DrawUpStudyPlan.Selection(request.id(), Month.FEBRUARY)),
                List.of(new StudyPlan.LocalItem(Month.DECEMBER, "村规民约"))));

        // then
        assertThat(plan.parentPlan()).contains(institutePlan.id());
        assertThat(plan.items()).extracting(StudyPlanItem::month, StudyPlanItem::topic, StudyPlanItem::source)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Month.JANUARY, "新思想", PlanItemSource.PARENT),
                        org.assertj.core.groups.Tuple.tuple(Month.FEBRUARY, "防电信诈骗", PlanItemSource.REQUEST),
                        org.assertj.core.groups.Tuple.tuple(Month.MARCH, "学雷锋", PlanItemSource.PARENT),
                        org.assertj.core.groups.Tuple.tuple(Month.DECEMBER, "村规民约", PlanItemSource.LOCAL));
        assertThat(plan.items().getFirst().inherited()).isTrue();
        assertThat(requests.find(request.id()).orElseThrow().adoptedIn()).contains(plan.id());
        assertThat(requests.find(ignored.id()).orElseThrow().status()).isEqualTo(LectureRequestStatus.OPEN);
        assertThat(service.get(tree.residentOfStationA(), tree.stationA().id(), 2026).id()).isEqualTo(plan.id());
        assertThat(service.listRequests(tree.headOfStationA(), tree.stationA().id(), PageRequest.firstPage()).items())
                .hasSize(2);
    }

    @Test
    @DisplayName("R-LECT-4 a unit has one plan a year and a request is taken once")
    void rejectsASecondPlanAndAnAdoptedRequest() {
        Actor head = tree.headOfStationA();
        LectureRequest request = service.fileRequest(tree.residentOfStationA(),
                new FileLectureRequest(tree.stationA().id(), "垃圾分类", "不会分"));
        service.drawUp(head, new DrawUpStudyPlan(tree.stationA().id(), 2026,
                List.of(new DrawUpStudyPlan.Selection(request.id(), Month.MAY)), List.of()));

        assertThatThrownBy(() -> service.drawUp(head, new DrawUpStudyPlan(tree.stationA().id(), 2026, List.of(), List.of())))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("LECTURE-PLAN-EXISTS"));
        assertThatThrownBy(() -> service.drawUp(head, new DrawUpStudyPlan(tree.stationA().id(), 2027,
                List.of(new DrawUpStudyPlan.Selection(request.id(), Month.MAY)), List.of())))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("LECTURE-REQUEST-NOT-SELECTABLE"));
    }

    @Test
    @DisplayName("R-LECT-4 a plan for a year out of range is bad input, not stored data gone wrong")
    void rejectsAYearOutOfRangeAsBadInput() {
        assertThatThrownBy(() -> service.drawUp(tree.headOfStationA(),
                new DrawUpStudyPlan(tree.stationA().id(), 2566, List.of(), List.of())))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID-INPUT");
                    assertThat(e.args()).containsEntry("field", "year");
                });
    }

    @Test
    @DisplayName("R-LECT-4 who asked for a lecture is seen by the plan's makers and the resident, not by other residents")
    void whoFiledARequestIsNotForOtherResidents() {
        LectureRequest request = service.fileRequest(tree.residentOfStationA(),
                new FileLectureRequest(tree.stationA().id(), "反诈", "常接到骗子电话"));
        Actor neighbour = Actor.of("13800138000", new RoleGrant(Role.RESIDENT, tree.stationA().id()));

        assertThat(service.showsFiler(tree.residentOfStationA(), request)).isTrue();
        assertThat(service.showsFiler(tree.headOfStationA(), request)).isTrue();
        assertThat(service.showsFiler(neighbour, request)).isFalse();
        assertThat(service.listRequests(neighbour, tree.stationA().id(), PageRequest.firstPage()).items())
                .as("the request itself is public to the unit").extracting(LectureRequest::id).contains(request.id());
    }

    @Test
    void onlyLectureManagersDrawUpPlansAndStrangersCannotFileRequests() {
        assertThatThrownBy(() -> service.drawUp(tree.residentOfStationA(),
                new DrawUpStudyPlan(tree.stationA().id(), 2026, List.of(), List.of())))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
        assertThatThrownBy(() -> service.fileRequest(tree.adminOfInstituteB(),
                new FileLectureRequest(tree.stationA().id(), "t", "r")))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }
}
