package org.civility.portal;

import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/**
 * The portal's own data source, defined as {@code java:app/jdbc/civility} on
 * {@link org.civility.portal.setup.PortalSetup} and pooled by the container. Its
 * database is chosen at start from (first found) the system property, then the environment variable:
 * <ul>
 *   <li>{@code civility.datasource.url} / {@code CIVILITY_DATASOURCE_URL}: a JDBC URL of H2,
 *       PostgreSQL or MariaDB; default an H2 file in {@code ~/.civility/portal} so data survives
 *       restarts;</li>
 *   <li>{@code civility.datasource.user} / {@code CIVILITY_DATASOURCE_USER};</li>
 *   <li>{@code civility.datasource.password} / {@code CIVILITY_DATASOURCE_PASSWORD}.</li>
 * </ul>
 * Resolving the settings here rather than through server-specific variable substitution keeps the
 * WAR deployable unchanged on any server.
 */
public class PortalDataSource implements DataSource {

    /** The embedded default: an H2 file database in a stable directory. */
    public static final String DEFAULT_URL = "jdbc:h2:file:~/.civility/portal;DB_CLOSE_ON_EXIT=FALSE";

    private final DataSource delegate;

    public PortalDataSource() {
        this.delegate = create(setting("civility.datasource.url", DEFAULT_URL),
                setting("civility.datasource.user", ""), setting("civility.datasource.password", ""));
    }

    /** How long opening a connection to PostgreSQL or MariaDB may take. */
    static final int CONNECT_TIMEOUT_SECONDS = 5;
    /** How long one read from PostgreSQL or MariaDB may wait (the longest statement a request may run). */
    static final int SOCKET_TIMEOUT_SECONDS = 120;

    /** The URL with {@code name=value} added to its query unless it sets that parameter already. */
    static String withDefault(String url, String name, long value) {
        if (url.contains(name + "=")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + name + "=" + value;
    }

    static String setting(String property, String fallback) {
        return Settings.get(property, fallback);
    }

    static DataSource create(String url, String user, String password) {
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user.isEmpty() ? "sa" : user);
            h2.setPassword(password);
            return h2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            if (!user.isEmpty()) {
                pg.setUser(user);
            }
            pg.setPassword(password);
            // Keep row values (a duplicate resident ID, say) out of exception messages and logs.
            pg.setLogServerErrorDetail(false);
            // An unreachable database fails a request within seconds (503), it does not hold it for the OS's
            // TCP timeout; a URL that sets its own values keeps them.
            if (!url.contains("connectTimeout=")) {
                pg.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
            }
            if (!url.contains("socketTimeout=")) {
                pg.setSocketTimeout(SOCKET_TIMEOUT_SECONDS);
            }
            return pg;
        }
        if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
            try {
                String mariaUrl = url.replace("jdbc:mysql:", "jdbc:mariadb:");
                mariaUrl = withDefault(mariaUrl, "connectTimeout", CONNECT_TIMEOUT_SECONDS * 1000L);
                mariaUrl = withDefault(mariaUrl, "socketTimeout", SOCKET_TIMEOUT_SECONDS * 1000L);
                MariaDbDataSource maria = new MariaDbDataSource(mariaUrl);
                if (!user.isEmpty()) {
                    maria.setUser(user);
                }
                maria.setPassword(password);
                return maria;
            } catch (SQLException e) {
                throw new IllegalStateException("Invalid MariaDB URL " + url + ": " + e.getMessage(), e);
            }
        }
        throw new IllegalStateException("Unsupported civility.datasource.url " + url
                + " (use jdbc:h2:, jdbc:postgresql: or jdbc:mariadb:)");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return delegate.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return Logger.getLogger("org.civility.portal");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : delegate.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate.isWrapperFor(iface);
    }
}
