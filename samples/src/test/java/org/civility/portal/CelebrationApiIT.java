package org.civility.portal;

import jakarta.json.JsonObject;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Festivals, festival plans and family ceremonies (R-CELE-1) end to end, as the demo accounts use them. */
@ExtendWith(SharedPortal.class)
class CelebrationApiIT {

    private static final String PASSWORD = DemoData.DEMO_PASSWORD;
    private static final String STATION = DemoData.STATION_YUANDONG.toString();
    private static final String MAX_TABLES = "celebration.wedding.max-tables";

    @SharedPortal.Url
    URL deployment;

    private Api as(String user) {
        return Api.at(deployment).as(user, PASSWORD);
    }

    private static String wedding(int tables) {
        return """
                {"unit": "%s", "kind": "WEDDING", "host": "%s", "date": "2026-10-02",
                 "tables": %d, "giftFen": 10000, "days": 1}
                """.formatted(STATION, "张家 " + UUID.randomUUID().toString().substring(0, 8), tables);
    }

    @Test
    void anyoneSignedInReadsTheFestivalsOfAYear() {
        var reply = as("resident").get("api/v1/festivals?year=2026");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        var items = reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).extracting(o -> o.getString("festival")).containsExactly("SPRING_FESTIVAL", "LANTERN",
                "QINGMING", "DRAGON_BOAT", "QIXI", "MID_AUTUMN", "DOUBLE_NINTH");
        assertThat(items).filteredOn(o -> o.getString("festival").equals("MID_AUTUMN")).singleElement()
                .satisfies(o -> {
                    assertThat(o.getString("date")).isEqualTo("2026-09-25");
                    assertThat(o.getString("name")).isEqualTo("中秋节");
                });
    }

    @Test
    void aYearOutsideTheCalendarIsABadRequest() {
        var reply = as("resident").get("api/v1/festivals?year=2101");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().getString("code")).isEqualTo("CELEBRATION-YEAR-INVALID");
        assertThat(as("resident").get("api/v1/festivals?year=abc").status()).isEqualTo(400);
    }

    @Test
    void theStationGetsAFestivalPlan() {
        var reply = as("station-admin").get("api/v1/units/" + STATION + "/festival-plan?year=2026");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        var items = reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).hasSize(7);
        assertThat(items).filteredOn(o -> o.getString("festival").equals("MID_AUTUMN")).singleElement()
                .satisfies(o -> {
                    assertThat(o.getString("title")).isEqualTo("2026年中秋节“我们的节日”主题活动");
                    assertThat(o.getString("form")).isEqualTo("CELEBRATION");
                });
        assertThat(as("chengnan-admin").get("api/v1/units/" + STATION + "/festival-plan?year=2026").status())
                .isEqualTo(403);
    }

    @Test
    void theStationPlansNextYearsFestivalsAsActivitiesOnce() {
        String path = "api/v1/units/" + STATION + "/festival-plan/activities?year=2099";

        var first = as("station-admin").post(path, "");
        var again = as("station-admin").post(path, "");

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        var planned = first.parse().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(planned).hasSize(7).allSatisfy(a -> assertThat(a.getString("form")).isEqualTo("CELEBRATION"));
        assertThat(planned).extracting(a -> a.getString("title")).contains("2099年中秋节“我们的节日”主题活动");
        assertThat(again.parse().asJsonArray()).isEmpty();
        assertThat(as("resident").post(path, "").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("R-CELE-1 a wedding with 30 tables is refused with 422, the limit in args and a Chinese title")
    void anExtravagantWeddingIsRefused() {
        var reply = as("station-admin").post("api/v1/ceremonies", wedding(30));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.json().getString("code")).isEqualTo("R-CELE-1");
        assertThat(reply.json().getString("title")).isEqualTo("超出村规民约限额");
        JsonObject args = reply.json().getJsonObject("args");
        assertThat(args.getString("limit")).isEqualTo(MAX_TABLES);
        assertThat(args.getString("maximum")).isEqualTo("20");
        assertThat(args.getString("requested")).isEqualTo("30");
        assertThat(args.getString("breaches")).isEqualTo(MAX_TABLES + "=20 (requested 30)");
    }

    @Test
    @DisplayName("R-CELE-1 a modest wedding is registered (201) and listed with the limits it was checked against")
    void aModestWeddingIsRegistered() {
        var reply = as("station-admin").post("api/v1/ceremonies", wedding(12));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        String id = reply.string("id");
        assertThat(reply.header("Location")).endsWith("api/v1/ceremonies/" + id);
        assertThat(reply.json().getString("status")).isEqualTo("REGISTERED");
        var one = as("resident").get("api/v1/ceremonies/" + id);
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.header("ETag")).isEqualTo("\"1\"");
        assertThat(one.json().getJsonObject("limitsApplied").getInt("maxTables")).isLessThanOrEqualTo(20);
        var list = as("resident").get("api/v1/ceremonies?unit=" + STATION + "&limit=200");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("id")).contains(id);
        assertThat(as("resident").post("api/v1/ceremonies", wedding(5)).status()).isEqualTo(403);
        assertThat(as("resident").get("api/v1/ceremonies/not-a-uuid").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("R-CELE-1 the station tightens the tables limit and the check follows")
    void theCheckFollowsTheStationsOwnLimit() {
        try {
            var set = as("station-head").put("api/v1/units/" + STATION + "/settings/" + MAX_TABLES, """
                    {"value": "10"}
                    """);
            assertThat(set.status()).as(set.toString()).isEqualTo(200);

            var refused = as("station-admin").post("api/v1/ceremonies", wedding(12));

            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.json().getJsonObject("args").getString("maximum")).isEqualTo("10");
            assertThat(as("station-admin").post("api/v1/ceremonies", wedding(10)).status()).isEqualTo(201);
        } finally {
            as("station-head").delete("api/v1/units/" + STATION + "/settings/" + MAX_TABLES);
        }
    }
}
