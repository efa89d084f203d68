package org.civility.persistence.activity;

import org.civility.core.activity.ActivityRepository;
import org.civility.core.contract.ActivityRepositoryContract;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.persistence.organisation.JpaUnitRepository;
import org.civility.persistence.testing.TestStore;

import static org.civility.core.fixtures.OrganisationFixtures.aCenter;

class JpaActivityRepositoryTest extends ActivityRepositoryContract {

    @Override
    protected ActivityRepository repository() {
        return TestStore.get().repository(ActivityRepository.class, JpaActivityRepository::new);
    }

    /** Activities belong to stored units (fk_civ_activity_unit). */
    @Override
    protected UnitId aUnit() {
        return TestStore.get().repository(UnitRepository.class, JpaUnitRepository::new).store(aCenter()).id();
    }
}
