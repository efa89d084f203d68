package org.civility.persistence.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;

import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Optimistic concurrency for every JPA repository, in one place: the check before an aggregate is copied onto its
 * row, and the flush after, where a writer that got in first between the two also becomes STALE-VERSION. Core
 * decides what a stale version means for its rule (an order accepted by two volunteers at once: the second gets
 * ORDER-ALREADY-ACCEPTED); the web adapter answers it 409.
 */
public final class StoredVersions {

    private StoredVersions() {
    }

    /**
     * @throws CivilityException STALE-VERSION if the aggregate was read at another version than the row's
     */
    public static void check(String what, Object id, long expected, long actual) {
        if (expected != actual) {
            throw CivilityException.of(SharedError.STALE_VERSION,
                    "what", what, "id", id, "expected", expected, "actual", actual);
        }
    }

    /** A new aggregate (version 0) must not exist yet. */
    public static void checkNew(String what, Object id, long expected) {
        check(what, id, expected, 0);
    }

    /**
     * Stores an aggregate read at {@code version} onto its row of {@code type}, keyed by {@code id.toString()}, and
     * flushes. A new aggregate (version 0) becomes a new row made by {@code create}; if another transaction stored
     * the same aggregate first, its key makes the insert fail, and that is STALE-VERSION too. An existing one must have been
     * read at the row's version; it is copied onto the row, which always gets a new version: a change of a child
     * collection alone changes no column of the row, and a holder of the old version is stale either way. The flush
     * turns a concurrent writer that got in first into STALE-VERSION.
     *
     * @param what      the aggregate's name in STALE-VERSION
     * @param create    a new, empty row for the given id
     * @param copy      copies the aggregate onto the row
     * @param versionOf the row's {@code @Version}
     * @return the row after the flush, to map back to the domain
     * @throws CivilityException STALE-VERSION if the aggregate was read at another version than the row's, or when
     *                           another transaction's write got in first
     */
    public static <E> E store(EntityManager em, Class<E> type, String what, Object id, long version,
                              Function<String, E> create, Consumer<E> copy, ToLongFunction<E> versionOf) {
        return store(em, type, what, id, version, () -> {
        }, create, copy, versionOf);
    }

    /**
     * {@link #store(EntityManager, Class, String, Object, long, Function, Consumer, ToLongFunction) store}, with
     * {@code beforeInsert} run for a new aggregate after its version is checked and before its row is made: a check
     * such as a unique key that throws its own error.
     */
    public static <E> E store(EntityManager em, Class<E> type, String what, Object id, long version,
                              Runnable beforeInsert, Function<String, E> create, Consumer<E> copy,
                              ToLongFunction<E> versionOf) {
        String key = id.toString();
        E e = em.find(type, key);
        if (e == null) {
            checkNew(what, id, version);
            beforeInsert.run();
            e = create.apply(key);
            copy.accept(e);
            em.persist(e);
            try {
                em.flush();
            } catch (PersistenceException failure) {
                // Two first stores of one aggregate at once: the second insert meets the first one's key.
                throw duplicateKey(failure) ? stale(failure, what, id, version) : staleIfConcurrent(failure, what, id, version);
            }
            return e;
        }
        check(what, id, version, versionOf.applyAsLong(e));
        copy.accept(e);
        em.lock(e, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        flush(em, what, id, version);
        return e;
    }

    /**
     * Flushes the store of an aggregate read at version {@code expected}.
     *
     * @throws CivilityException STALE-VERSION when another transaction's write got in first ({@link #concurrentWrite})
     */
    public static void flush(EntityManager em, String what, Object id, long expected) {
        try {
            em.flush();
        } catch (PersistenceException failure) {
            throw staleIfConcurrent(failure, what, id, expected);
        }
    }

    /**
     * {@code failure} as STALE-VERSION (with the failure as its cause) when it is a concurrent write, else as it is.
     */
    public static RuntimeException staleIfConcurrent(PersistenceException failure, String what, Object id,
                                                     long expected) {
        return concurrentWrite(failure) ? stale(failure, what, id, expected) : failure;
    }

    private static CivilityException stale(PersistenceException failure, String what, Object id, long expected) {
        CivilityException stale = CivilityException.of(SharedError.STALE_VERSION, "what", what, "id", id,
                "expected", expected, "actual", "changed concurrently");
        stale.initCause(failure);
        return stale;
    }

    /**
     * Whether the database refused a row for a key another row holds: SQLSTATE 23505 (PostgreSQL, H2), or MariaDB's
     * error 1062 (SQLSTATE 23000, which it also uses for other integrity violations).
     */
    public static boolean duplicateKey(Throwable failure) {
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql && ("23505".equals(sql.getSQLState())
                    || ("23000".equals(sql.getSQLState()) && sql.getErrorCode() == 1062))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether another transaction's write got in first: the {@code @Version} condition failed, a row lock was not
     * granted in time, or the database gave up on one of two writers (SQLSTATE class 40: serialization failure,
     * deadlock; H2's lock timeout HYT00 and concurrent update 90131).
     */
    public static boolean concurrentWrite(Throwable failure) {
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof OptimisticLockException || c instanceof PessimisticLockException
                    || c instanceof LockTimeoutException) {
                return true;
            }
            if (c instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("40") || "HYT00".equals(sql.getSQLState())
                    || "90131".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
