package org.civility.web.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.civility.core.idempotency.IdempotentReplyRepository;
import org.civility.core.idempotency.IdempotentRequests;

import java.time.Clock;

/** Produces {@link IdempotentRequests} over the deployment's {@link IdempotentReplyRepository}. */
@ApplicationScoped
public class IdempotencyProducers {

    @Produces
    public IdempotentRequests idempotentRequests(IdempotentReplyRepository replies, Clock clock) {
        return new IdempotentRequests(replies, clock);
    }
}
