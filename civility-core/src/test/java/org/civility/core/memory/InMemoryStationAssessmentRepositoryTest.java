package org.civility.core.memory;

import org.civility.core.assessment.StationAssessmentRepository;
import org.civility.core.contract.StationAssessmentRepositoryContract;

class InMemoryStationAssessmentRepositoryTest extends StationAssessmentRepositoryContract {

    private final InMemoryStationAssessmentRepository repository = new InMemoryStationAssessmentRepository();

    @Override
    protected StationAssessmentRepository repository() {
        return repository;
    }
}
