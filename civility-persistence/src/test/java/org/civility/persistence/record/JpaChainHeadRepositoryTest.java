package org.civility.persistence.record;

import org.civility.core.contract.ChainHeadRepositoryContract;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.record.ChainHeadRepository;
import org.civility.persistence.organisation.JpaUnitRepository;
import org.civility.persistence.testing.TestStore;

import static org.civility.core.fixtures.OrganisationFixtures.aCenter;

class JpaChainHeadRepositoryTest extends ChainHeadRepositoryContract {

    @Override
    protected ChainHeadRepository repository() {
        return TestStore.get().repository(ChainHeadRepository.class, JpaChainHeadRepository::new);
    }

    /** Heads belong to stored units (fk_civ_service_record_head_unit). */
    @Override
    protected UnitId aUnit() {
        return TestStore.get().repository(UnitRepository.class, JpaUnitRepository::new).store(aCenter()).id();
    }
}
