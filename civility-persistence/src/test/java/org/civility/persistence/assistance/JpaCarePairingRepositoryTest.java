package org.civility.persistence.assistance;

import org.civility.core.assistance.CarePairingRepository;
import org.civility.core.assistance.CareRecipientRepository;
import org.civility.core.contract.CarePairingRepositoryContract;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.persistence.organisation.JpaUnitRepository;
import org.civility.persistence.testing.TestStore;

import static org.civility.core.fixtures.OrganisationFixtures.aCenter;

class JpaCarePairingRepositoryTest extends CarePairingRepositoryContract {

    @Override
    protected CarePairingRepository repository() {
        return TestStore.get().repository(CarePairingRepository.class, JpaCarePairingRepository::new);
    }

    @Override
    protected CareRecipientRepository recipients() {
        return TestStore.get().repository(CareRecipientRepository.class, JpaCareRecipientRepository::new);
    }

    /** Recipients and pairings belong to stored units. */
    @Override
    protected UnitId aUnit() {
        return TestStore.get().repository(UnitRepository.class, JpaUnitRepository::new).store(aCenter()).id();
    }
}
