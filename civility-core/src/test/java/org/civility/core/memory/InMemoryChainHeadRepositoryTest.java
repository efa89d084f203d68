package org.civility.core.memory;

import org.civility.core.contract.ChainHeadRepositoryContract;
import org.civility.core.record.ChainHeadRepository;

class InMemoryChainHeadRepositoryTest extends ChainHeadRepositoryContract {

    private final InMemoryChainHeadRepository repository = new InMemoryChainHeadRepository();

    @Override
    protected ChainHeadRepository repository() {
        return repository;
    }
}
