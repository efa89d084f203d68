package org.civility.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.civility.core.shared.CivilityException;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Integrity constraint violations (SQLSTATE class {@code 23}) in a failure's causes: how every JPA repository tells a
 * unique key or foreign key that refused a write (two writers at once, say) from every other failure. H2, PostgreSQL
 * and MariaDB all name the violated constraint in the driver's message.
 */
public final class IntegrityViolations {

    private IntegrityViolations() {
    }

    /**
     * Flushes {@code em}; a write refused by an integrity constraint is thrown as {@code coded} (with the database's
     * failure as its cause: a concurrent writer took the key first), any other failure as it is.
     */
    public static void flush(EntityManager em, Supplier<CivilityException> coded) {
        try {
            em.flush();
        } catch (PersistenceException failure) {
            if (!in(failure)) {
                throw failure;
            }
            CivilityException c = coded.get();
            c.initCause(failure);
            throw c;
        }
    }

    /** Whether {@code failure} or one of its causes is an integrity constraint violation. */
    public static boolean in(Throwable failure) {
        return find(failure).isPresent();
    }

    /** The driver's message of the first integrity constraint violation among the causes, in lower case. */
    public static Optional<String> message(Throwable failure) {
        return find(failure).map(sql -> String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT));
    }

    /** Whether the first integrity constraint violation among the causes names {@code constraint} (lower case). */
    public static boolean names(Throwable failure, String constraint) {
        return message(failure).map(m -> m.contains(constraint)).orElse(false);
    }

    private static Optional<SQLException> find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }
}
