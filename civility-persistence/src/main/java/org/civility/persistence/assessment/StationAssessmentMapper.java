package org.civility.persistence.assessment;

import java.time.YearMonth;

import org.civility.core.assessment.AssessmentFigures;
import org.civility.core.assessment.AssessmentId;
import org.civility.core.assessment.AssessmentRating;
import org.civility.core.assessment.StationAssessment;
import org.civility.core.organisation.UnitId;

/** Maps station assessments between core and their JPA model. */
final class StationAssessmentMapper {

    private StationAssessmentMapper() {
    }

    /** Rebuilds the aggregate through {@link StationAssessment#restore}, so stored rows are checked again. */
    static StationAssessment toDomain(StationAssessmentEntity e) {
        return StationAssessment.restore(AssessmentId.of(e.id), UnitId.of(e.stationId), YearMonth.parse(e.from),
                YearMonth.parse(e.to), new AssessmentFigures(e.venues, e.teams, e.activitiesHeld, e.lectureMonths,
                        e.lectureMonthsKept, e.recordsComplete),
                AssessmentRating.valueOf(e.rating), e.decision, e.assessedAt, e.assessedBy, e.version);
    }

    /** Copies every field but id and version onto {@code e}. */
    static void copy(StationAssessment a, StationAssessmentEntity e) {
        e.stationId = a.station().toString();
        e.from = a.from().toString();
        e.to = a.to().toString();
        e.venues = a.figures().venues();
        e.teams = a.figures().teams();
        e.activitiesHeld = a.figures().activitiesHeld();
        e.lectureMonths = a.figures().lectureMonths();
        e.lectureMonthsKept = a.figures().lectureMonthsKept();
        e.recordsComplete = a.figures().recordsComplete();
        e.rating = a.rating().name();
        e.decision = a.decision();
        e.assessedAt = a.assessedAt();
        e.assessedBy = a.assessedBy();
    }
}
