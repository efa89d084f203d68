package org.civility.core.memory;

import org.civility.core.contract.PolicySettingsRepositoryContract;
import org.civility.core.governance.PolicySettingsRepository;
import org.civility.core.organisation.UnitId;

import java.util.UUID;

class InMemoryPolicySettingsRepositoryTest extends PolicySettingsRepositoryContract {

    private final InMemoryPolicySettingsRepository repository = new InMemoryPolicySettingsRepository();

    @Override
    protected PolicySettingsRepository repository() {
        return repository;
    }

    @Override
    protected UnitId aUnit() {
        return new UnitId(UUID.randomUUID());
    }
}
