package org.civility.core.memory;

import org.civility.core.celebration.FamilyCeremonyRepository;
import org.civility.core.contract.FamilyCeremonyRepositoryContract;

class InMemoryFamilyCeremonyRepositoryTest extends FamilyCeremonyRepositoryContract {

    private final InMemoryFamilyCeremonyRepository repository = new InMemoryFamilyCeremonyRepository();

    @Override
    protected FamilyCeremonyRepository repository() {
        return repository;
    }
}
