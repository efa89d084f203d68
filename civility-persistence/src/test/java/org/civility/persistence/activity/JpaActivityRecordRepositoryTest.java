package org.civility.persistence.activity;

import org.civility.core.activity.Activity;
import org.civility.core.activity.ActivityRecordRepository;
import org.civility.core.activity.ActivityRepository;
import org.civility.core.contract.ActivityRecordRepositoryContract;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.persistence.organisation.JpaUnitRepository;
import org.civility.persistence.testing.TestStore;

import java.time.Instant;

import static org.civility.core.fixtures.OrganisationFixtures.aCenter;

class JpaActivityRecordRepositoryTest extends ActivityRecordRepositoryContract {

    @Override
    protected ActivityRecordRepository repository() {
        return TestStore.get().repository(ActivityRecordRepository.class, JpaActivityRecordRepository::new);
    }

    /** Activities belong to stored units (fk_civ_activity_unit). */
    @Override
    protected UnitId aUnit() {
        return TestStore.get().repository(UnitRepository.class, JpaUnitRepository::new).store(aCenter()).id();
    }

    /** Records belong to stored activities (fk_civ_activity_record_activity). */
    @Override
    protected Activity aHeldActivity(UnitId unit, Instant start) {
        return TestStore.get().repository(ActivityRepository.class, JpaActivityRepository::new)
                .store(super.aHeldActivity(unit, start));
    }
}
