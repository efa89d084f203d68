package org.civility.web.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civility.core.idempotency.IdempotentRequests;
import org.civility.persistence.idempotency.JpaIdempotentReplyRepository;

import java.time.Clock;

/** Produces {@link IdempotentRequests} over JPA, in the caller's transaction. */
@ApplicationScoped
public class IdempotencyProducers {

    @PersistenceContext(unitName = "civility")
    EntityManager em;

    @Produces
    public IdempotentRequests idempotentRequests(Clock clock) {
        return new IdempotentRequests(new JpaIdempotentReplyRepository(em), clock);
    }
}
