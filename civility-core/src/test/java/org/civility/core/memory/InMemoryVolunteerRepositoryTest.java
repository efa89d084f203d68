package org.civility.core.memory;

import org.civility.core.contract.VolunteerRepositoryContract;
import org.civility.core.volunteer.VolunteerRepository;

class InMemoryVolunteerRepositoryTest extends VolunteerRepositoryContract {

    private final InMemoryVolunteerRepository repository = new InMemoryVolunteerRepository();

    @Override
    protected VolunteerRepository repository() {
        return repository;
    }
}
