package org.civility.persistence.assessment;

import org.civility.core.assessment.StationAssessmentRepository;
import org.civility.core.contract.StationAssessmentRepositoryContract;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.persistence.organisation.JpaUnitRepository;
import org.civility.persistence.testing.TestStore;

import static org.civility.core.fixtures.OrganisationFixtures.aCenter;

class JpaStationAssessmentRepositoryTest extends StationAssessmentRepositoryContract {

    @Override
    protected StationAssessmentRepository repository() {
        return TestStore.get().repository(StationAssessmentRepository.class, JpaStationAssessmentRepository::new);
    }

    /** Assessments belong to stored units (fk_civ_station_assessment_unit). */
    @Override
    protected UnitId aStation() {
        return TestStore.get().repository(UnitRepository.class, JpaUnitRepository::new).store(aCenter()).id();
    }
}
