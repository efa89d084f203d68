package org.civility.persistence.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.civility.persistence.Migrations;
import org.civility.persistence.ResourceLocalTransactions;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The database the persistence tests run against, chosen by the system property
 * {@code civility.test.store}: {@code h2} (default, embedded in memory), {@code postgresql} or
 * {@code mariadb}. JDBC URLs come from the environment with 127.0.0.1 defaults:
 * {@code CIVILITY_TEST_POSTGRESQL_URL/_USER/_PASSWORD}, {@code CIVILITY_TEST_MARIADB_URL/_USER/_PASSWORD}.
 * The schema is dropped and migrated once per test JVM. A store that cannot be reached fails the
 * tests that asked for it: it never skips them.
 */
public final class TestStore {

    private static TestStore instance;

    private final String name;
    private final DataSource dataSource;
    private final EntityManagerFactory emf;

    private TestStore(String name, DataSource dataSource) {
        this.name = name;
        this.dataSource = dataSource;
        Migrations.recreate(dataSource);
        this.emf = Persistence.createEntityManagerFactory("civility", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", dataSource,
                "eclipselink.logging.level", "WARNING"));
    }

    /** The store of this test run, created and migrated on first use. */
    public static synchronized TestStore get() {
        if (instance == null) {
            String store = System.getProperty("civility.test.store", "h2");
            instance = new TestStore(store, dataSource(store));
        }
        return instance;
    }

    public String name() {
        return name;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    /** A repository whose every call runs in its own committed transaction. */
    public <P> P repository(Class<P> port, Function<EntityManager, ? extends P> adapter) {
        return ResourceLocalTransactions.wrap(port, emf, adapter);
    }

    /** Runs work in one transaction and commits it. */
    public void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Runs SQL directly, bypassing JPA (to tamper with rows, say). */
    public int execute(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs SQL directly as the database's owner would to tamper with rows: on PostgreSQL with its triggers off for
     * the session ({@code session_replication_role = replica}, which the append-only triggers of R-REC-1 do not
     * survive), elsewhere as {@link #execute}.
     */
    public int tamper(String sql, Object... params) {
        try (Connection c = dataSource.getConnection()) {
            boolean postgresql = "postgresql".equals(name);
            if (postgresql) {
                try (var s = c.createStatement()) {
                    s.execute("SET session_replication_role = replica");
                }
            }
            try (var ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                return ps.executeUpdate();
            } finally {
                if (postgresql) {
                    try (var s = c.createStatement()) {
                        s.execute("SET session_replication_role = DEFAULT");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DataSource dataSource(String store) {
        return switch (store) {
            case "h2" -> new DriverManagerDataSource("jdbc:h2:mem:civility;DB_CLOSE_DELAY=-1", "sa", "");
            case "postgresql" -> reachable(new DriverManagerDataSource(
                    env("CIVILITY_TEST_POSTGRESQL_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
                    env("CIVILITY_TEST_POSTGRESQL_USER", "postgres"),
                    env("CIVILITY_TEST_POSTGRESQL_PASSWORD", "")), store);
            case "mariadb" -> reachable(new DriverManagerDataSource(
                    env("CIVILITY_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test"),
                    env("CIVILITY_TEST_MARIADB_USER", "root"),
                    env("CIVILITY_TEST_MARIADB_PASSWORD", "")), store);
            default -> throw new IllegalArgumentException("Unknown civility.test.store: " + store
                    + " (h2, postgresql or mariadb)");
        };
    }

    private static DataSource reachable(DataSource ds, String store) {
        try (Connection ignored = ds.getConnection()) {
            return ds;
        } catch (SQLException e) {
            throw new IllegalStateException("The " + store + " test database is unreachable ("
                    + ((DriverManagerDataSource) ds).url() + "): " + e.getMessage()
                    + ". Start it or point CIVILITY_TEST_" + store.toUpperCase() + "_URL at one.", e);
        }
    }

    private static String env(String key, String fallback) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? fallback : v;
    }
}
