package org.civility.persistence.appraisal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;

/** Flushes a store; a concurrent change caught by {@code @Version} is a STALE-VERSION like the check before it. */
final class Stores {

    private Stores() {
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
