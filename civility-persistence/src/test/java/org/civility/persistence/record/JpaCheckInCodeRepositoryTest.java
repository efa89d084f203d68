package org.civility.persistence.record;

import org.civility.core.contract.CheckInCodeRepositoryContract;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.record.CheckInCodeRepository;
import org.civility.persistence.organisation.JpaUnitRepository;
import org.civility.persistence.testing.TestStore;

import static org.civility.core.fixtures.OrganisationFixtures.aCenter;

class JpaCheckInCodeRepositoryTest extends CheckInCodeRepositoryContract {

    @Override
    protected CheckInCodeRepository repository() {
        return TestStore.get().repository(CheckInCodeRepository.class, JpaCheckInCodeRepository::new);
    }

    /** Codes belong to stored units (fk_civ_check_in_code_unit). */
    @Override
    protected UnitId aUnit() {
        return TestStore.get().repository(UnitRepository.class, JpaUnitRepository::new).store(aCenter()).id();
    }
}
