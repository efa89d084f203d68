package org.civility.core.idempotency;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the answers to requests with an {@code Idempotency-Key} are kept, shared by every node of a portal. Stores run
 * in the caller's transaction, so an answer is kept exactly when the effect it reports is.
 */
public interface IdempotentReplyRepository {

    Optional<IdempotentReply> find(String keyDigest);

    /**
     * Keeps {@code reply}. A reply of the same key digest already kept, or kept meanwhile by a concurrent transaction,
     * is refused with {@link IdempotencyError#KEY_IN_USE}: the caller's transaction must then roll back.
     */
    void store(IdempotentReply reply);

    /** Forgets the replies stored before {@code cutoff}; answers how many. */
    int deleteStoredBefore(Instant cutoff);
}
