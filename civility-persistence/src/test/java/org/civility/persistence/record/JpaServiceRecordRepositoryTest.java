package org.civility.persistence.record;

import org.civility.core.contract.ServiceRecordRepositoryContract;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.record.ServiceRecordRepository;
import org.civility.persistence.organisation.JpaUnitRepository;
import org.civility.persistence.testing.TestStore;

import static org.civility.core.fixtures.OrganisationFixtures.aCenter;

class JpaServiceRecordRepositoryTest extends ServiceRecordRepositoryContract {

    @Override
    protected ServiceRecordRepository repository() {
        return TestStore.get().repository(ServiceRecordRepository.class, JpaServiceRecordRepository::new);
    }

    /** Entries belong to stored units (fk_civ_service_record_unit). */
    @Override
    protected UnitId aUnit() {
        return TestStore.get().repository(UnitRepository.class, JpaUnitRepository::new).store(aCenter()).id();
    }
}
