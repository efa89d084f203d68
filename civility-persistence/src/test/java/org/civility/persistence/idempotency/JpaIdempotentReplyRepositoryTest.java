package org.civility.persistence.idempotency;

import org.civility.core.contract.IdempotentReplyRepositoryContract;
import org.civility.core.idempotency.IdempotentReplyRepository;
import org.civility.persistence.testing.TestStore;

class JpaIdempotentReplyRepositoryTest extends IdempotentReplyRepositoryContract {

    @Override
    protected IdempotentReplyRepository repository() {
        return TestStore.get().repository(IdempotentReplyRepository.class, JpaIdempotentReplyRepository::new);
    }
}
