package org.civility.portal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * An empty PostgreSQL database of its own on the machine's server (127.0.0.1:5432, database {@code test} to create it
 * from), dropped again at the end: a portal put into service starts on one like it.
 */
public final class FreshDatabase implements AutoCloseable {

    private static final String ADMIN_URL = env("CIVILITY_TEST_POSTGRESQL_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = env("CIVILITY_TEST_POSTGRESQL_USER", "postgres");
    private static final String PASSWORD = env("CIVILITY_TEST_POSTGRESQL_PASSWORD", "");

    private final String name;

    private FreshDatabase(String name) {
        this.name = name;
    }

    public static FreshDatabase postgresql() {
        String name = "civility_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name);
        return new FreshDatabase(name);
    }

    /** The portal's settings for this database. */
    public Map<String, String> settings() {
        return Map.of("CIVILITY_DATASOURCE_URL", ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name,
                "CIVILITY_DATASOURCE_USER", USER, "CIVILITY_DATASOURCE_PASSWORD", PASSWORD);
    }

    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + ADMIN_URL + ": " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
