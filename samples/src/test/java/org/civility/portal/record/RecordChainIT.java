package org.civility.portal.record;

import org.civility.portal.Api;
import org.civility.portal.FreshDatabase;
import org.civility.portal.OwnPortal;
import org.civility.portal.PortalProcess;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * R-REC-1 on a packaged portal over PostgreSQL, as an operator meets it: the database refuses a direct UPDATE of a
 * stored record; someone who switches its triggers off and cuts the last entry of a station's chain is found by
 * the scheduled verification (every two seconds here), which turns {@code /health/ready}'s {@code records} check
 * DOWN, alerts the station's head through the notifier (the sample's logs it), counts the chain on
 * {@code /metrics}, and the station takes no new record until the chain is checked.
 */
@OwnPortal
class RecordChainIT {

    private static final String STATION = DemoData.STATION_YUANDONG.toString();
    private static final String PASSWORD = DemoData.DEMO_PASSWORD;

    @Test
    @DisplayName("R-REC-1 a chain cut in SQL is found by the scheduled verification, raises health and alerts the head")
    void aTruncatedChainIsFoundRaisesHealthAndAlertsTheHead() throws Exception {
        Path key = Files.createDirectories(Path.of("target", "record-chain-it")).resolve("chain.key");
        try (FreshDatabase db = FreshDatabase.postgresql()) {
            Map<String, String> env = new HashMap<>(db.settings());
            env.put("CIVILITY_DEMO", "true");
            env.put("CIVILITY_RECORDS_VERIFY_EVERY", "PT2S");
            env.put("CIVILITY_RECORDS_CHAIN_KEY_FILE", key.toAbsolutePath().toString());
            try (PortalProcess portal = PortalProcess.start("record-chain", env)) {
                Api api = Api.at(portal.url());
                Api admin = api.as("station-admin", PASSWORD);
                String verification = "api/v1/units/" + STATION + "/service-records/verification";

                await("the first scheduled verification").atMost(Duration.ofMinutes(1))
                        .until(() -> api.getFromServerRoot("/health/ready").body().contains("verifiedAt"));
                assertThat(api.getFromServerRoot("/health/ready").status()).isEqualTo(200);
                Api.Reply intact = admin.get(verification);
                assertThat(intact.json().getBoolean("valid")).as(intact.toString()).isTrue();
                int entries = intact.json().getInt("entries");
                assertThat(entries).isPositive();
                assertThat(Files.readAllBytes(key)).hasSize(32);

                try (Connection c = db.connect()) {
                    // the database itself refuses to change a stored record
                    assertThatThrownBy(() -> update(c, "UPDATE civ_service_record SET minutes = minutes + 600 "
                            + "WHERE unit_id = ?", STATION)).isInstanceOf(SQLException.class)
                            .hasMessageContaining("append-only");
                    // an owner switching the triggers off cuts the last entry
                    try (Statement s = c.createStatement()) {
                        s.execute("SET session_replication_role = replica");
                    }
                    assertThat(update(c, "DELETE FROM civ_service_record WHERE unit_id = ? AND seq_no = "
                            + "(SELECT MAX(seq_no) FROM civ_service_record WHERE unit_id = ?)", STATION, STATION))
                            .isEqualTo(1);
                }

                await("the records check DOWN").atMost(Duration.ofSeconds(30))
                        .until(() -> api.getFromServerRoot("/health/ready").status() == 503);
                Api.Reply ready = api.getFromServerRoot("/health/ready");
                assertThat(ready.body()).contains("\"records\"").containsPattern("\"brokenChains\":\"?1\"?[,}]");
                Api.Reply broken = admin.get(verification);
                assertThat(broken.json().getBoolean("valid")).isFalse();
                assertThat(broken.json().getString("reason")).isEqualTo("TRUNCATED");
                assertThat(broken.json().getJsonNumber("firstBroken").longValue()).isEqualTo(entries);
                await("the alert to the station's head").atMost(Duration.ofSeconds(10))
                        .until(() -> portal.logged(Pattern.compile("civility alert to the HEAD of unit " + STATION
                                + ": (RECORD-CHAIN-BROKEN)")).isPresent());
                assertThat(java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                                api.uri("/").resolve("/metrics")).header("Accept", "text/plain").build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString()).body()).containsPattern(
                        "(?m)^civility_records_chains_broken(\\{[^}]*\\})? 1(\\.0)?$");

                // nothing more is recorded at the station until the chain is checked
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS);
                Api.Reply code = admin.post("api/v1/check-in-codes", """
                        {"unitId":"%s","description":"链校验演练","where":"圆东村新时代文明实践站",
                         "scheduledStart":"%s","scheduledEnd":"%s"}""".formatted(STATION, now.minusMinutes(5),
                        now.plusHours(1)));
                assertThat(code.status()).as(code.toString()).isEqualTo(201);
                Api.Reply checkIn = api.as("volunteer", PASSWORD).post("api/v1/service-records/check-ins",
                        "{\"code\":\"%s\"}".formatted(code.string("code")));
                assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(409);
                assertThat(checkIn.string("code")).isEqualTo("RECORD-CHAIN-BROKEN");
                assertThat(checkIn.string("title")).isEqualTo("服务记录链待核查");
            }
        }
    }

    private static int update(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            return s.executeUpdate();
        }
    }
}
