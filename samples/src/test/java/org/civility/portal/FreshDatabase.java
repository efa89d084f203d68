package org.civility.portal;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * An empty database of its own on the machine's PostgreSQL (127.0.0.1:5432, database {@code test} to create it from)
 * or MariaDB (127.0.0.1:3306, user root), dropped again at the end: a portal put into service starts on one like it.
 */
public final class FreshDatabase implements AutoCloseable {

    private static final String ADMIN_URL = env("CIVILITY_TEST_POSTGRESQL_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = env("CIVILITY_TEST_POSTGRESQL_USER", "postgres");
    private static final String PASSWORD = env("CIVILITY_TEST_POSTGRESQL_PASSWORD", "");

    private static final String MARIADB_ADMIN_URL = env("CIVILITY_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");
    private static final String MARIADB_USER = env("CIVILITY_TEST_MARIADB_USER", "root");
    private static final String MARIADB_PASSWORD = env("CIVILITY_TEST_MARIADB_PASSWORD", "");

    private final String name;
    private final String adminUrl;
    private final String user;
    private final String password;
    private final String drop;

    private FreshDatabase(String name, String adminUrl, String user, String password, String drop) {
        this.name = name;
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.drop = drop;
    }

    public static FreshDatabase postgresql() {
        FreshDatabase db = new FreshDatabase(aName(), ADMIN_URL, USER, PASSWORD, "DROP DATABASE IF EXISTS %s WITH (FORCE)");
        db.execute("CREATE DATABASE " + db.name);
        return db;
    }

    public static FreshDatabase mariadb() {
        FreshDatabase db = new FreshDatabase(aName(), MARIADB_ADMIN_URL, MARIADB_USER, MARIADB_PASSWORD,
                "DROP DATABASE IF EXISTS %s");
        db.execute("CREATE DATABASE " + db.name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return db;
    }

    private static String aName() {
        return "civility_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** PostgreSQL or MariaDB, for test names. */
    public String kind() {
        return adminUrl.startsWith("jdbc:postgresql:") ? "postgresql" : "mariadb";
    }

    /** The JDBC URL of this database. */
    public String url() {
        return adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
    }

    /** The server's host and port, from its URL. */
    public URI server() {
        return URI.create(adminUrl.substring("jdbc:".length()));
    }

    /** The portal's settings for this database. */
    public Map<String, String> settings() {
        return settingsAt(url());
    }

    /** The portal's settings for this database reached through a proxy on 127.0.0.1:{@code port}. */
    public Map<String, String> settingsThrough(int port) {
        URI server = server();
        return settingsAt(url().replace("//" + server.getHost() + ":" + server.getPort() + "/", "//127.0.0.1:" + port + "/"));
    }

    private Map<String, String> settingsAt(String url) {
        return Map.of("CIVILITY_DATASOURCE_URL", url, "CIVILITY_DATASOURCE_USER", user,
                "CIVILITY_DATASOURCE_PASSWORD", password);
    }

    /** A direct connection to this database (not through any proxy), for tests to look at what was stored. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    @Override
    public void close() {
        execute(drop.formatted(name));
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(kind() + " at " + adminUrl + ": " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
