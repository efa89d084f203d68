package org.civility.persistence.venue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;

/**
 * Flushes a store. A row that another transaction changed between our version check and the
 * update fails the {@code @Version} condition: that is a stale version too, reported with the
 * same code as the check before it.
 */
final class Flushing {

    private Flushing() {
    }

    static void flush(EntityManager em, String what, Object id, long expected) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException) {
                CivilityException stale = CivilityException.of(SharedError.STALE_VERSION, "what", what, "id", id,
                        "expected", expected, "actual", "changed concurrently");
                stale.initCause(e);
                throw stale;
            }
            throw e;
        }
    }
}
