package org.civility.core.memory;

import org.civility.core.contract.IdempotentReplyRepositoryContract;
import org.civility.core.idempotency.IdempotentReplyRepository;

class InMemoryIdempotentReplyRepositoryTest extends IdempotentReplyRepositoryContract {

    private final InMemoryIdempotentReplyRepository repository = new InMemoryIdempotentReplyRepository();

    @Override
    protected IdempotentReplyRepository repository() {
        return repository;
    }
}
