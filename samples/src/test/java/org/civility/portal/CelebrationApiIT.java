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
    @DisplayName("R-CELE-1 a wedding with 30 tables is recorded (201), flagged with its breach, and the council records its visit")
    void anExtravagantWeddingIsFlaggedAndVisited() {
        var reply = as("station-admin").post("api/v1/ceremonies", wedding(30));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().getString("status")).isEqualTo("FLAGGED");
        assertThat(reply.json().getJsonArray("breaches").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(b -> {
                    assertThat(b.getString("setting")).isEqualTo(MAX_TABLES);
                    assertThat(b.getJsonNumber("limit").longValue()).isEqualTo(20);
                    assertThat(b.getJsonNumber("requested").longValue()).isEqualTo(30);
                });
        String visit = "api/v1/ceremonies/" + reply.string("id") + "/visit";

        assertThat(as("resident").post(visit, "{\"note\": \"上门\"}").status()).isEqualTo(403);
        var blank = as("station-admin").post(visit, "{\"note\": \" \"}");
        assertThat(blank.status()).as(blank.toString()).isEqualTo(400);
        var visited = as("station-admin").post(visit, "{\"note\": \"上门劝导，户主同意减至20桌\"}");
        assertThat(visited.status()).as(visited.toString()).isEqualTo(200);
        assertThat(visited.json().getString("status")).isEqualTo("VISITED");
        assertThat(visited.json().getJsonObject("visit").getString("note")).isEqualTo("上门劝导，户主同意减至20桌");
        assertThat(visited.header("ETag")).isEqualTo("\"2\"");
        var again = as("station-admin").post(visit, "{\"note\": \"再次上门\"}");
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().getString("code")).isEqualTo("CELEBRATION-VISIT-NOT-PENDING");
        assertThat(again.json().getString("title")).isEqualTo("无待劝导事项");
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
    @DisplayName("R-CELE-1 the village's own rules set the limit: the station tightens it and the check follows")
    void theCheckFollowsTheStationsOwnLimit() {
        try {
            var set = as("station-head").put("api/v1/units/" + STATION + "/settings/" + MAX_TABLES, """
                    {"value": "10"}
                    """);
            assertThat(set.status()).as(set.toString()).isEqualTo(200);

            var flagged = as("station-admin").post("api/v1/ceremonies", wedding(12));

            assertThat(flagged.status()).as(flagged.toString()).isEqualTo(201);
            assertThat(flagged.json().getString("status")).isEqualTo("FLAGGED");
            assertThat(flagged.json().getJsonObject("limitsApplied").getInt("maxTables")).isEqualTo(10);
            var within = as("station-admin").post("api/v1/ceremonies", wedding(10));
            assertThat(within.status()).isEqualTo(201);
            assertThat(within.json().getString("status")).isEqualTo("REGISTERED");
        } finally {
            as("station-head").delete("api/v1/units/" + STATION + "/settings/" + MAX_TABLES);
        }
    }
}
