package org.civility.portal.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.civility.core.idempotency.IdempotentRequests;

/** Forgets the answers kept for {@code Idempotency-Key}s longer than {@link IdempotentRequests#LIFETIME}. */
@ApplicationScoped
public class ExpiredReplies {

    @Inject
    IdempotentRequests requests;

    @Transactional
    public int forget() {
        return requests.forgetExpired();
    }
}
