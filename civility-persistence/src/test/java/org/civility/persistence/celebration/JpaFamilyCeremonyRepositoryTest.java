package org.civility.persistence.celebration;

import org.civility.core.celebration.FamilyCeremonyRepository;
import org.civility.core.contract.FamilyCeremonyRepositoryContract;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.persistence.organisation.JpaUnitRepository;
import org.civility.persistence.testing.TestStore;

import static org.civility.core.fixtures.OrganisationFixtures.aCenter;

class JpaFamilyCeremonyRepositoryTest extends FamilyCeremonyRepositoryContract {

    @Override
    protected FamilyCeremonyRepository repository() {
        return TestStore.get().repository(FamilyCeremonyRepository.class, JpaFamilyCeremonyRepository::new);
    }

    /** Ceremonies belong to stored units (fk_civ_family_ceremony_unit). */
    @Override
    protected UnitId aStation() {
        return TestStore.get().repository(UnitRepository.class, JpaUnitRepository::new).store(aCenter()).id();
    }
}
