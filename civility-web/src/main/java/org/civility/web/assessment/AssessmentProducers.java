package org.civility.web.assessment;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.civility.core.access.AccessControl;
import org.civility.core.activity.ActivityRecordRepository;
import org.civility.core.activity.ActivityRepository;
import org.civility.core.assessment.AssessmentService;
import org.civility.core.assessment.CompleteRecords;
import org.civility.core.assessment.StationAssessmentRepository;
import org.civility.core.lecture.LectureService;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.team.TeamRepository;
import org.civility.core.venue.VenueRepository;

/** Produces the {@link AssessmentService} over core's ports (R-ASSESS-1). */
@ApplicationScoped
public class AssessmentProducers {

    @Produces
    public AssessmentService assessmentService(StationAssessmentRepository assessments, UnitRepository units,
                                               VenueRepository venues, TeamRepository teams,
                                               ActivityRepository activities, CompleteRecords completeRecords,
                                               LectureService lectures, AccessControl access, Clock clock,
                                               IdSource ids, EventPublisher events) {
        return new AssessmentService(assessments, units, venues, teams, activities, completeRecords, lectures,
                access, clock, ids, events);
    }

    /** Complete activity records (R-ACT-1), as the records' store counts them. */
    @Produces
    public CompleteRecords completeRecords(ActivityRecordRepository records) {
        return records::countComplete;
    }
}
