package org.civility.core.assessment;

import java.util.Optional;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;

/** Where station assessments are kept (R-ASSESS-1). */
public interface StationAssessmentRepository {

    Optional<StationAssessment> find(AssessmentId id);

    /**
     * Stores a new assessment (version 0) or an unchanged one again.
     *
     * @return the assessment as stored, with its new version
     * @throws org.civility.core.shared.CivilityException {@code STALE-VERSION} if the version differs from the
     *                                                     stored one
     */
    StationAssessment store(StationAssessment assessment);

    /** The assessments of a station, the latest period first, then the latest made first, then by id. */
    Page<StationAssessment> byStation(UnitId station, PageRequest page);
}
