package org.civility.persistence.idempotency;

import org.civility.persistence.IntegrityViolations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.civility.core.idempotency.IdempotencyError;
import org.civility.core.idempotency.IdempotentReply;
import org.civility.core.idempotency.IdempotentReplyRepository;
import org.civility.core.shared.CivilityException;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@link IdempotentReplyRepository} over JPA ({@code civ_idempotent_reply}); runs in the caller's transaction. A
 * concurrent transaction that stored the same key first makes the insert fail on the primary key (after waiting for
 * that transaction to end): that is answered KEY_IN_USE, and the caller's transaction rolls back.
 */
public class JpaIdempotentReplyRepository implements IdempotentReplyRepository {

    private final EntityManager em;

    public JpaIdempotentReplyRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public Optional<IdempotentReply> find(String keyDigest) {
        requireNonNull(keyDigest, "keyDigest");
        return Optional.ofNullable(em.find(IdempotentReplyEntity.class, keyDigest))
                .map(e -> new IdempotentReply(e.keyDigest, e.fingerprint, e.status, e.location, e.body, e.storedAt));
    }

    @Override
    public void store(IdempotentReply reply) {
        requireNonNull(reply, "reply");
        if (em.find(IdempotentReplyEntity.class, reply.keyDigest()) != null) {
            throw CivilityException.of(IdempotencyError.KEY_IN_USE);
        }
        IdempotentReplyEntity e = new IdempotentReplyEntity();
        e.keyDigest = reply.keyDigest();
        e.fingerprint = reply.fingerprint();
        e.status = reply.status();
        e.location = reply.location();
        e.body = reply.body();
        e.storedAt = reply.storedAt();
        try {
            em.persist(e);
            em.flush();
        } catch (PersistenceException failure) {
            if (IntegrityViolations.in(failure)) {
                throw CivilityException.of(IdempotencyError.KEY_IN_USE);
            }
            throw failure;
        }
    }

    @Override
    public int deleteStoredBefore(Instant cutoff) {
        requireNonNull(cutoff, "cutoff");
        // Entity by entity, not a bulk delete, so the persistence context never holds a reply that is gone.
        List<IdempotentReplyEntity> old = em.createQuery(
                        "select r from IdempotentReplyEntity r where r.storedAt < :cutoff", IdempotentReplyEntity.class)
                .setParameter("cutoff", cutoff).getResultList();
        old.forEach(em::remove);
        em.flush();
        return old.size();
    }

}
