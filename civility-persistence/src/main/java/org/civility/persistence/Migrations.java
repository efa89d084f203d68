package org.civility.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/**
 * Owns Civility's schema: versioned Flyway migrations under {@code db/migration/civility}, table
 * names prefixed {@code civ_}. EclipseLink never creates tables. The few type names that differ
 * between H2, PostgreSQL and MariaDB are Flyway placeholders filled in here:
 * {@code ${ts}} (an instant, UTC), {@code ${text}} (long text), {@code ${bool}}. The few statements
 * that differ (changing a column's nullability, generating UUIDs) live in the database's own folder,
 * {@code db/migration/civility-h2}, {@code -postgresql} or {@code -mariadb}, under a version of their
 * own between the common ones (V20.1 between V20 and V20.2); each folder has a file for every such version.
 */
public final class Migrations {

    /** Flyway's history table, prefixed like every Civility table. */
    public static final String HISTORY_TABLE = "civ_schema_history";

    private Migrations() {
    }

    /** Brings the schema up to date. Safe to call on every start. */
    public static MigrateResult migrate(DataSource dataSource) {
        return flyway(dataSource, false).migrate();
    }

    /**
     * Drops every object in the schema, then migrates. Only for test databases: it deletes data.
     */
    public static MigrateResult recreate(DataSource dataSource) {
        Flyway flyway = flyway(dataSource, true);
        flyway.clean();
        return flyway.migrate();
    }

    private static Flyway flyway(DataSource dataSource, boolean allowClean) {
        return configure(dataSource, allowClean).load();
    }

    /** Civility's Flyway configuration for {@code dataSource}; tests add a target version or a schema. */
    static FluentConfiguration configure(DataSource dataSource, boolean allowClean) {
        Vendor vendor = vendor(dataSource);
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/civility", vendorLocation(vendor))
                .table(HISTORY_TABLE)
                .placeholders(placeholders(vendor))
                .cleanDisabled(!allowClean);
    }

    static Map<String, String> placeholders(Vendor vendor) {
        return switch (vendor) {
            case MARIADB -> Map.of("ts", "DATETIME(6)", "text", "LONGTEXT", "bool", "BOOLEAN");
            case POSTGRESQL -> Map.of("ts", "TIMESTAMP(6)", "text", "TEXT", "bool", "BOOLEAN");
            case H2 -> Map.of("ts", "TIMESTAMP(6)", "text", "CLOB", "bool", "BOOLEAN");
        };
    }

    /** The folder of the statements only {@code vendor} understands. */
    static String vendorLocation(Vendor vendor) {
        return "classpath:db/migration/civility-" + vendor.name().toLowerCase(Locale.ROOT);
    }

    enum Vendor { H2, POSTGRESQL, MARIADB }

    static Vendor vendor(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                return Vendor.POSTGRESQL;
            }
            if (product.contains("mariadb") || product.contains("mysql")) {
                return Vendor.MARIADB;
            }
            if (product.contains("h2")) {
                return Vendor.H2;
            }
            throw new IllegalStateException("Unsupported database: " + product
                    + " (Civility supports H2, PostgreSQL and MariaDB)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it: " + e.getMessage(), e);
        }
    }
}
