package org.civility.core.memory;

import org.civility.core.contract.TeamRepositoryContract;
import org.civility.core.team.TeamRepository;

class InMemoryTeamRepositoryTest extends TeamRepositoryContract {

    private final InMemoryTeamRepository repository = new InMemoryTeamRepository();

    @Override
    protected TeamRepository repository() {
        return repository;
    }
}
