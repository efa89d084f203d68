package org.civility.persistence.governance;

import org.civility.core.contract.PolicySettingsRepositoryContract;
import org.civility.core.governance.PolicySettingsRepository;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.persistence.organisation.JpaUnitRepository;
import org.civility.persistence.testing.TestStore;

import java.util.UUID;

class JpaPolicySettingsRepositoryTest extends PolicySettingsRepositoryContract {

    private final TestStore store = TestStore.get();
    private final PolicySettingsRepository repository =
            store.repository(PolicySettingsRepository.class, JpaPolicySettingsRepository::new);
    private final UnitRepository units = store.repository(UnitRepository.class, JpaUnitRepository::new);

    @Override
    protected PolicySettingsRepository repository() {
        return repository;
    }

    /** Settings reference their unit by foreign key, so the unit is stored first. */
    @Override
    protected UnitId aUnit() {
        return units.store(Unit.foundCenter(new UnitId(UUID.randomUUID()), "设置测试中心")).id();
    }
}
