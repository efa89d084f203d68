package org.civility.web.problem;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tells a failure to reach the database (a restart, a fail-over, a cut network) from every other failure, so that
 * it is answered 503 DATABASE-UNAVAILABLE with {@code Retry-After} instead of 500: the request did nothing and may be
 * sent again. Looks through the whole chain of causes (and JDBC's chained exceptions) for what JDBC drivers and
 * connection pools raise when the connection is gone: SQLSTATE class {@code 08} (connection exception), the JDBC
 * connection exception types, socket failures under an {@link SQLException}, and a pool that could not allocate a
 * connection ({@code jakarta.resource.ResourceException}, by name: the web adapter does not depend on the Connector
 * API), and a transaction manager that could not start or commit on its resource ({@code XAException},
 * {@code jakarta.transaction.SystemException}: with one database, that resource is the database; Payara drops the
 * driver's exception there and keeps only its message).
 */
public final class DatabaseOutages {

    /** What a 503 DATABASE-UNAVAILABLE asks the client to wait, in seconds. */
    public static final long RETRY_AFTER_SECONDS = 5;

    private static final Set<String> RESOURCE_FAILURES = Set.of("jakarta.resource.ResourceException",
            "jakarta.resource.spi.ResourceAllocationException",
            "com.sun.appserv.connectors.internal.api.PoolingException",
            "javax.transaction.xa.XAException", "jakarta.transaction.SystemException");

    private DatabaseOutages() {
    }

    /** Whether {@code failure} or one of its causes says the database could not be reached. */
    public static boolean isOutage(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        return isOutage(failure, false, seen);
    }

    private static boolean isOutage(Throwable t, boolean underSql, Map<Throwable, Boolean> seen) {
        if (t == null || seen.put(t, Boolean.TRUE) != null) {
            return false;
        }
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && state.startsWith("08")) {
                return true;
            }
            if (isOutage(sql.getNextException(), true, seen)) {
                return true;
            }
        }
        if (underSql && (t instanceof ConnectException || t instanceof SocketException
                || t instanceof SocketTimeoutException || t instanceof EOFException)) {
            return true;
        }
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (RESOURCE_FAILURES.contains(c.getName())) {
                return true;
            }
        }
        return isOutage(t.getCause(), underSql || t instanceof SQLException, seen);
    }
}
