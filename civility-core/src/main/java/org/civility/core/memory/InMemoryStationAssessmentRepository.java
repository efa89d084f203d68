package org.civility.core.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.civility.core.assessment.AssessmentId;
import org.civility.core.assessment.StationAssessment;
import org.civility.core.assessment.StationAssessmentRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;

/** Station assessments in memory, as snapshots: thread-safe; callers never share state with the store. */
public final class InMemoryStationAssessmentRepository implements StationAssessmentRepository {

    private static final Comparator<StationAssessment> LATEST_FIRST = Comparator
            .comparing(StationAssessment::to, Comparator.reverseOrder())
            .thenComparing(StationAssessment::assessedAt, Comparator.reverseOrder())
            .thenComparing(a -> a.id().toString());

    private final Map<AssessmentId, StationAssessment> assessments = new HashMap<>();

    @Override
    public synchronized Optional<StationAssessment> find(AssessmentId id) {
        return Optional.ofNullable(assessments.get(id));
    }

    @Override
    public synchronized StationAssessment store(StationAssessment assessment) {
        StationAssessment current = assessments.get(assessment.id());
        long actual = current == null ? 0 : current.version();
        if (assessment.version() != actual) {
            throw CivilityException.of(SharedError.STALE_VERSION, "what", "assessment", "id", assessment.id(),
                    "expected", assessment.version(), "actual", actual);
        }
        StationAssessment stored = StationAssessment.restore(assessment.id(), assessment.station(), assessment.from(),
                assessment.to(), assessment.figures(), assessment.rating(), assessment.decision(),
                assessment.assessedAt(), assessment.assessedBy(), actual + 1);
        assessments.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Page<StationAssessment> byStation(UnitId station, PageRequest page) {
        return Page.of(assessments.values().stream()
                .filter(a -> a.station().equals(station))
                .sorted(LATEST_FIRST)
                .toList(), page);
    }
}
