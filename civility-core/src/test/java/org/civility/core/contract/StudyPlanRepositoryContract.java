package org.civility.core.contract;

import java.time.Instant;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.civility.core.lecture.LectureRequest;
import org.civility.core.lecture.LectureRequestId;
import org.civility.core.lecture.PlanItemSource;
import org.civility.core.lecture.StudyPlan;
import org.civility.core.lecture.StudyPlanId;
import org.civility.core.lecture.StudyPlanItem;
import org.civility.core.lecture.StudyPlanRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link StudyPlanRepository} must do; each test works under units of its own. */
public abstract class StudyPlanRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-01-05T02:00:00Z");

    protected abstract StudyPlanRepository repository();

    /** A fresh unit; override to create the unit's row first. */
    protected UnitId aUnit() {
        return new UnitId(UUID.randomUUID());
    }

    /** An id of a request at {@code unit}; override to create the request's row first. */
    protected LectureRequestId aRequestAt(UnitId unit) {
        return new LectureRequestId(UUID.randomUUID());
    }

    private StudyPlan plan(UnitId unit, int year, Optional<StudyPlan> parent, List<StudyPlan.SelectedRequest> requests) {
        return StudyPlan.drawUp(new StudyPlanId(UUID.randomUUID()), unit, year, parent, requests,
                List.of(new StudyPlan.LocalItem(Month.JUNE, "本级安排")), T0, "station-head");
    }

    @Test
    void storesAndFindsEveryField() {
        // given
        UnitId parentUnit = aUnit();
        UnitId unit = aUnit();
        StudyPlan parent = repository().store(plan(parentUnit, 2026, Optional.empty(), List.of()));
        LectureRequest request = LectureRequest.restore(aRequestAt(unit), unit, "防诈骗", "r", "resident", T0,
                org.civility.core.lecture.LectureRequestStatus.OPEN, Optional.empty(), 1);
        StudyPlan plan = plan(unit, 2026, Optional.of(parent),
                List.of(new StudyPlan.SelectedRequest(request, Month.FEBRUARY)));

        // when
        repository().store(plan);
        StudyPlan found = repository().find(plan.id()).orElseThrow();

        // then
        assertThat(found.unit()).isEqualTo(unit);
        assertThat(found.year()).isEqualTo(2026);
        assertThat(found.parentPlan()).contains(parent.id());
        assertThat(found.items()).containsExactly(
                new StudyPlanItem(Month.FEBRUARY, "防诈骗", PlanItemSource.REQUEST, Optional.of(request.id())),
                new StudyPlanItem(Month.JUNE, "本级安排", PlanItemSource.PARENT, Optional.empty()),
                new StudyPlanItem(Month.JUNE, "本级安排", PlanItemSource.LOCAL, Optional.empty()));
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.createdBy()).isEqualTo("station-head");
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void findsAPlanByUnitAndYear() {
        UnitId unit = aUnit();
        StudyPlan p2026 = repository().store(plan(unit, 2026, Optional.empty(), List.of()));
        StudyPlan p2027 = repository().store(plan(unit, 2027, Optional.empty(), List.of()));

        assertThat(repository().byUnitAndYear(unit, 2026).map(StudyPlan::id)).contains(p2026.id());
        assertThat(repository().byUnitAndYear(unit, 2027).map(StudyPlan::id)).contains(p2027.id());
        assertThat(repository().byUnitAndYear(unit, 2028)).isEmpty();
        assertThat(repository().find(new StudyPlanId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void rejectsASecondPlanForTheSameYear() {
        UnitId unit = aUnit();
        repository().store(plan(unit, 2026, Optional.empty(), List.of()));

        assertThatThrownBy(() -> repository().store(plan(unit, 2026, Optional.empty(), List.of())))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("LECTURE-PLAN-EXISTS"));
    }

    @Test
    void bumpsTheVersionAndRejectsAStaleOne() {
        StudyPlan stored = repository().store(plan(aUnit(), 2026, Optional.empty(), List.of()));
        StudyPlan other = repository().find(stored.id()).orElseThrow();
        stored.addLocalItem(Month.JANUARY, "新年");
        StudyPlan updated = repository().store(stored);

        assertThat(updated.version()).isEqualTo(2);
        assertThat(repository().find(stored.id()).orElseThrow().items().getFirst().topic()).isEqualTo("新年");
        assertThatThrownBy(() -> repository().store(other))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
    }
}
