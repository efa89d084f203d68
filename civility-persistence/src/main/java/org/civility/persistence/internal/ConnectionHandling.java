package org.civility.persistence.internal;

import org.civility.persistence.ConnectionUse;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * How the persistence unit handles its connections; named in {@code persistence.xml} as
 * {@code eclipselink.session.customizer}.
 * <ul>
 *   <li>When the database connection is lost, the statement fails at once instead of being retried: EclipseLink's
 *       default retries a failed query three times, five seconds apart, so every request held a thread for 10 to 20
 *       seconds while the database was away, and piled up behind it. The container's pool validates connections and
 *       replaces dead ones (ADR 0027), and the client is told to come back ({@code 503} with {@code Retry-After}), so
 *       a retry here only adds waiting.</li>
 *   <li>The connections the unit takes from the container's data source are counted while held
 *       ({@link ConnectionUse}), so an operator sees the pool's use.</li>
 * </ul>
 */
public class ConnectionHandling implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
            if (login.getConnector() instanceof JNDIConnector jndi && jndi.getDataSource() != null) {
                jndi.setDataSource(ConnectionUse.counting(jndi.getDataSource()));
            }
        }
    }
}
