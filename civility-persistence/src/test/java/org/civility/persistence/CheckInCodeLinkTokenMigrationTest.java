package org.civility.persistence;

import org.civility.core.record.CheckInCode;
import org.civility.persistence.testing.TestStore;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V40 gives every check-in code a link token: codes stored before it get one derived in SQL, and from then on the
 * column is required and unique. Runs on the test store's database (H2, PostgreSQL or MariaDB) in a schema of its
 * own, migrated first to the last version before V40 and given rows, then to the end.
 */
class CheckInCodeLinkTokenMigrationTest {

    private static final String SCHEMA = "civ_migration_test";
    private static final MigrationVersion LINK_TOKEN = MigrationVersion.fromVersion("40");
    private static final Instant T0 = Instant.parse("2026-08-01T02:00:00Z");

    private final DataSource dataSource = TestStore.get().dataSource();
    private final Migrations.Vendor vendor = Migrations.vendor(dataSource);

    private Flyway flyway(String target) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .locations("classpath:db/migration/civility")
                .table(Migrations.HISTORY_TABLE)
                .placeholders(Migrations.placeholders(vendor))
                .target(target)
                .cleanDisabled(false)
                .load();
    }

    @BeforeEach
    void startBeforeTheLinkToken() {
        Flyway all = flyway("latest");
        all.clean();
        MigrationVersion before = Arrays.stream(all.info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v.compareTo(LINK_TOKEN) < 0).max(Comparator.naturalOrder()).orElseThrow();
        flyway(before.getVersion()).migrate();
        assertThat(flyway("latest").info().pending()).extracting(MigrationInfo::getVersion).contains(LINK_TOKEN);
    }

    @AfterEach
    void dropTheSchemasTables() {
        flyway("latest").clean();
    }

    @Test
    void givesCodesStoredBeforeAUniqueWellFormedLinkTokenAndRequiresOneFromThenOn() throws SQLException {
        String unit = UUID.randomUUID().toString();
        List<String> codes = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        try (Connection c = connection()) {
            update(c, "insert into civ_unit (id, tier, name, version) values (?, 'STATION', '幸福村实践站', 1)", unit);
            for (int i = 0; i < codes.size(); i++) {
                insertCode(c, codes.get(i), unit, "12345" + i, null);
            }
        }

        flyway("latest").migrate();

        List<String> tokens = new ArrayList<>();
        try (Connection c = connection();
             var rows = c.createStatement().executeQuery("select link_token from civ_check_in_code")) {
            while (rows.next()) {
                tokens.add(rows.getString(1));
            }
        }
        assertThat(tokens).hasSize(2).doesNotHaveDuplicates().allSatisfy(token ->
                assertThat(CheckInCode.isWellFormedLinkToken(token)).as(token).isTrue());
        try (Connection c = connection()) {
            assertThatThrownBy(() -> insertCode(c, UUID.randomUUID().toString(), unit, "654321", tokens.get(0)))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).startsWith("23"));
            assertThatThrownBy(() -> insertCode(c, UUID.randomUUID().toString(), unit, "654320", null))
                    .isInstanceOf(SQLException.class);
        }
    }

    private static void insertCode(Connection c, String id, String unit, String digits, String token)
            throws SQLException {
        boolean withToken = token != null;
        try (var ps = c.prepareStatement("insert into civ_check_in_code (id, unit_id, description, place,"
                + " scheduled_start, scheduled_end, check_in_from, check_out_until, digits, issue, opened_by,"
                + " opened_at, version" + (withToken ? ", link_token" : "") + ")"
                + " values (?, ?, '敬老院义诊', '', ?, ?, ?, ?, ?, 1, '李站长', ?, 1" + (withToken ? ", ?" : "") + ")")) {
            ps.setString(1, id);
            ps.setString(2, unit);
            ps.setTimestamp(3, Timestamp.from(T0));
            ps.setTimestamp(4, Timestamp.from(T0.plusSeconds(7200)));
            ps.setTimestamp(5, Timestamp.from(T0.minusSeconds(1800)));
            ps.setTimestamp(6, Timestamp.from(T0.plusSeconds(9000)));
            ps.setString(7, digits);
            ps.setTimestamp(8, Timestamp.from(T0.minusSeconds(3600)));
            if (withToken) {
                ps.setString(9, token);
            }
            ps.executeUpdate();
        }
    }

    private static void update(Connection c, String sql, String param) throws SQLException {
        try (var ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            ps.executeUpdate();
        }
    }

    /** A connection whose unqualified names resolve in the test's schema (MariaDB calls it a catalog). */
    private Connection connection() throws SQLException {
        Connection c = dataSource.getConnection();
        if (vendor == Migrations.Vendor.MARIADB) {
            c.setCatalog(SCHEMA);
        } else {
            c.setSchema(SCHEMA);
        }
        return c;
    }
}
