package org.civility.core.contract;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

import org.civility.core.assessment.AssessmentFigures;
import org.civility.core.assessment.AssessmentId;
import org.civility.core.assessment.AssessmentRating;
import org.civility.core.assessment.StationAssessment;
import org.civility.core.assessment.StationAssessmentRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link StationAssessmentRepository} must do; each store runs it with its own subclass. */
public abstract class StationAssessmentRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-04-02T03:04:05Z");

    protected abstract StationAssessmentRepository repository();

    /** A fresh station assessments may be made of; override to create the unit's row first. */
    protected UnitId aStation() {
        return new UnitId(UUID.randomUUID());
    }

    private static StationAssessment anAssessment(UnitId station, YearMonth from, YearMonth to, Instant at) {
        int months = (int) (to.getYear() * 12L + to.getMonthValue() - from.getYear() * 12L - from.getMonthValue() + 1);
        return StationAssessment.make(new AssessmentId(UUID.randomUUID()), station, from, to,
                new AssessmentFigures(3, 5, 12, months, Math.max(0, months - 1), 9), AssessmentRating.GOOD,
                "通报表扬，奖励活动经费2000元；三月未开讲，限期整改", at, "县领导小组王组长");
    }

    @Test
    void roundTripsEveryField() {
        UnitId station = aStation();
        StationAssessment made = anAssessment(station, YearMonth.of(2026, 1), YearMonth.of(2026, 3), T0);

        repository().store(made);
        StationAssessment found = repository().find(made.id()).orElseThrow();

        assertThat(found.id()).isEqualTo(made.id());
        assertThat(found.station()).isEqualTo(station);
        assertThat(found.from()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(found.to()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(found.figures()).isEqualTo(new AssessmentFigures(3, 5, 12, 3, 2, 9));
        assertThat(found.rating()).isEqualTo(AssessmentRating.GOOD);
        assertThat(found.decision()).isEqualTo("通报表扬，奖励活动经费2000元；三月未开讲，限期整改");
        assertThat(found.assessedAt()).isEqualTo(T0);
        assertThat(found.assessedBy()).isEqualTo("县领导小组王组长");
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(repository().find(new AssessmentId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void refusesToStoreANewAssessmentTwice() {
        StationAssessment made = anAssessment(aStation(), YearMonth.of(2026, 1), YearMonth.of(2026, 1), T0);
        repository().store(made);

        assertThatThrownBy(() -> repository().store(made))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
    }

    @Test
    void listsAStationsAssessmentsTheLatestPeriodFirstInPages() {
        UnitId station = aStation();
        StationAssessment q1 = repository().store(
                anAssessment(station, YearMonth.of(2026, 1), YearMonth.of(2026, 3), T0));
        StationAssessment q2 = repository().store(
                anAssessment(station, YearMonth.of(2026, 4), YearMonth.of(2026, 6), T0.plusSeconds(86_400)));
        StationAssessment q1Again = repository().store(
                anAssessment(station, YearMonth.of(2026, 1), YearMonth.of(2026, 3), T0.plusSeconds(172_800)));
        repository().store(anAssessment(aStation(), YearMonth.of(2026, 1), YearMonth.of(2026, 3), T0));

        Page<StationAssessment> first = repository().byStation(station, new PageRequest(0, 2));
        Page<StationAssessment> second = repository().byStation(station, new PageRequest(2, 2));

        assertThat(first.items()).extracting(StationAssessment::id).containsExactly(q2.id(), q1Again.id());
        assertThat(first.hasMore()).isTrue();
        assertThat(second.items()).extracting(StationAssessment::id).containsExactly(q1.id());
        assertThat(second.hasMore()).isFalse();
    }
}
