package org.civility.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.civility.persistence.testing.TestStore;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V20 on a database that has accounts already: in a schema of its own on the test store's database, the schema is
 * migrated to V19, a demo account is written as the portal wrote it then, and the rest is migrated.
 */
class MigrationOfExistingAccountsTest {

    private static final String SOTERIA_HASH = "PBKDF2WithHmacSHA256:2048:"
            + "ycCRsskCpYGmDXpgbdadCEeYfLGh/IG7amDNfMmcinQ=:BoJQijHChYTIpZslZTeZHSSM+UBiar6T7hbCpuf5ndQ=";

    private final DataSource dataSource = TestStore.get().dataSource();
    private final String schema = Migrations.vendor(dataSource) == Migrations.Vendor.H2
            ? "CIV_MIGRATION_CHECK" : "civ_migration_check";

    @AfterEach
    void dropTheSchemasObjects() {
        flyway(null).clean();
    }

    @Test
    void existingAccountsBecomeActivePasswordAccountsWithIdsAndKeepTheirHashes() throws SQLException {
        // given a schema at V19 with the demo accounts of that time
        Flyway v19 = flyway("19");
        v19.clean();
        v19.migrate();
        String unit = UUID.randomUUID().toString();
        execute("INSERT INTO " + schema + ".civ_account (username, password_hash, display_name, volunteer_id, version)"
                + " VALUES ('station-head', '" + SOTERIA_HASH + "', '王站长', NULL, 1)");
        execute("INSERT INTO " + schema + ".civ_account (username, password_hash, display_name, volunteer_id, version)"
                + " VALUES ('resident', '" + SOTERIA_HASH + "', '李阿姨', NULL, 3)");
        execute("INSERT INTO " + schema + ".civ_account_grant (username, role, unit_id) VALUES ('station-head', 'HEAD', '"
                + unit + "')");

        // when
        flyway(null).migrate();

        // then
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT username, id, state, credential_kind, password_hash, external_issuer, created_at, updated_at,"
                        + " version FROM " + schema + ".civ_account ORDER BY username")) {
            assertThat(rs.next()).isTrue();
            String residentId = rs.getString("id");
            assertThat(UUID.fromString(residentId)).isNotNull();
            assertThat(rs.getString("version")).isEqualTo("3");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("username")).isEqualTo("station-head");
            assertThat(UUID.fromString(rs.getString("id")).toString()).isNotEqualTo(residentId);
            assertThat(rs.getString("state")).isEqualTo("ACTIVE");
            assertThat(rs.getString("credential_kind")).isEqualTo("PASSWORD");
            assertThat(rs.getString("password_hash")).isEqualTo(SOTERIA_HASH);
            assertThat(rs.getString("external_issuer")).isNull();
            assertThat(rs.getTimestamp("created_at")).isNotNull();
            assertThat(rs.getTimestamp("updated_at")).isNotNull();
            assertThat(rs.next()).isFalse();
        }
        // an account at an identity platform has no hash; one identity, one account
        String insertExternal = "INSERT INTO " + schema + ".civ_account (username, id, password_hash, display_name,"
                + " state, credential_kind, external_issuer, external_subject, created_at, updated_at, version)"
                + " VALUES ('%s', '%s', NULL, '张', 'ACTIVE', 'EXTERNAL', 'https://id', 'subject-1',"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)";
        execute(String.format(insertExternal, "zhang", UUID.randomUUID()));
        assertThatThrownBy(() -> execute(String.format(insertExternal, "zhang-2", UUID.randomUUID())))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> execute("INSERT INTO " + schema + ".civ_account (username, password_hash,"
                + " display_name, version) VALUES ('no-id', 'x', 'x', 1)")).isInstanceOf(SQLException.class);
    }

    private Flyway flyway(String target) {
        var configuration = Migrations.configure(dataSource, true).schemas(schema);
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().executeUpdate(sql);
        }
    }
}
