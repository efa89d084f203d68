package org.civility.portal;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recognition through the portal's API, on the demo data's service records (checked in and out through the
 * record service and credited by the portal's hours → points observer): the volunteer sees hours by source,
 * the star level and the balance; a redemption retried with the same request id debits once; a redemption
 * beyond the balance is 422; the yearly commendation ranks the station's volunteers and teams and names only
 * those who consented; the station head reads the scorecard; a stranger gets 403. Redemptions use fresh
 * request ids and relative balances, so reruns against the same database do not collide.
 */
@ExtendWith(SharedPortal.class)
class RecognitionApiIT {

    private static final String STATION = DemoData.STATION_YUANDONG.toString();
    private static final String VOLUNTEER = DemoData.DEMO_VOLUNTEER.toString();
    private static final String STUDENT = demoUuid("student-lin");
    private static final String VOLUNTEER_TEAM = demoUuid("team-volunteer");
    private static final String RECOGNITION = "api/v1/volunteers/" + VOLUNTEER + "/recognition";

    @SharedPortal.Url
    URL deployment;

    @Test
    @DisplayName("the volunteer sees hours by source, the star level with the thresholds and the balance")
    void theVolunteerSeesHoursStarLevelAndBalance() {
        var mine = as("volunteer").get(RECOGNITION);

        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        JsonObject r = mine.json();
        assertThat(r.getString("unit")).isEqualTo(STATION);
        assertThat(r.getJsonNumber("totalMinutes").longValue()).isGreaterThanOrEqualTo(107 * 60);
        JsonObject bySource = r.getJsonObject("minutesBySource");
        assertThat(bySource.getJsonNumber("SELF_CHECK_IN").longValue()).isGreaterThanOrEqualTo(104 * 60);
        assertThat(bySource.getJsonNumber("ADMIN_MAKE_UP").longValue()).isGreaterThanOrEqualTo(3 * 60);
        assertThat(r.getInt("starLevel")).isGreaterThanOrEqualTo(1);
        assertThat(r.getJsonArray("starThresholdHours").getValuesAs(JsonNumber::intValue))
                .containsExactly(100, 300, 600, 1000, 1500);
        assertThat(r.getJsonNumber("pointsBalance").longValue()).isPositive();

        var entries = as("volunteer").get(RECOGNITION + "/entries?limit=200");
        assertThat(entries.status()).as(entries.toString()).isEqualTo(200);
        List<JsonObject> credits = entries.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("kind").equals("CREDIT")).toList();
        assertThat(credits).isNotEmpty().allSatisfy(e -> assertThat(e.getString("recordId")).isNotBlank());
        assertThat(credits).anySatisfy(e -> {
            assertThat(e.getString("source")).isEqualTo("ADMIN_MAKE_UP");
            assertThat(e.getInt("points")).as("make-up earns no points by default").isZero();
        });

        // staff of the station may read it too; a stranger and a resident may not
        assertThat(as("station-admin").get(RECOGNITION).status()).isEqualTo(200);
        assertDenied(as("chengnan-admin").get(RECOGNITION), "ACCESS-DENIED");
        assertDenied(as("resident").get(RECOGNITION), "ACCESS-DENIED");
    }

    @Test
    @DisplayName("a redemption retried with the same request id debits once; beyond the balance is 422")
    void aRedemptionRetriedWithTheSameRequestIdDebitsOnce() {
        long before = balance();
        String requestId = "rq-" + UUID.randomUUID();

        var first = as("volunteer").withHeader("Idempotency-Key", requestId)
                .post(RECOGNITION + "/redemptions", redemption("洗衣液 1 瓶", 1));
        var retry = as("volunteer").withHeader("Idempotency-Key", requestId)
                .post(RECOGNITION + "/redemptions", redemption("洗衣液 1 瓶", 1));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.string("kind")).isEqualTo("REDEMPTION");
        assertThat(first.string("requestId")).isEqualTo(requestId);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.string("id")).isEqualTo(first.string("id"));
        assertThat(balance()).isEqualTo(before - 1);

        // the same request id for something else is a conflict, not a second debit
        var reused = as("volunteer").withHeader("Idempotency-Key", requestId)
                .post(RECOGNITION + "/redemptions", redemption("大米 5kg", 2));
        assertThat(reused.status()).as(reused.toString()).isEqualTo(409);
        assertThat(reused.string("code")).isEqualTo("RECOGNITION-REQUEST-REUSED");

        // more than the balance
        var tooMuch = as("volunteer").withHeader("Idempotency-Key", "rq-" + UUID.randomUUID())
                .post(RECOGNITION + "/redemptions", redemption("电饭煲", before + 1));
        assertThat(tooMuch.status()).as(tooMuch.toString()).isEqualTo(422);
        assertThat(tooMuch.contentType()).startsWith("application/problem+json");
        assertThat(tooMuch.string("code")).isEqualTo("RECOGNITION-INSUFFICIENT-POINTS");
        assertThat(tooMuch.string("title")).isEqualTo("积分不足");
        assertThat(balance()).isEqualTo(before - 1);

        // nobody redeems another's points, and a request id is required
        var forSomeoneElse = as("station-admin").withHeader("Idempotency-Key", "rq-" + UUID.randomUUID())
                .post(RECOGNITION + "/redemptions", redemption("大米 5kg", 1));
        assertThat(forSomeoneElse.status()).as(forSomeoneElse.toString()).isEqualTo(403);
        assertThat(as("volunteer").post(RECOGNITION + "/redemptions", redemption("大米 5kg", 1)).status())
                .isEqualTo(400);
    }

    @Test
    @DisplayName("R-RECG-1 the commendation ranks the station's volunteers and teams, naming only who consented")
    void theCommendationRanksTheStationAndNamesOnlyWhoConsented() {
        var consent = as("volunteer").put(RECOGNITION + "/naming-consent", "{\"consented\":true}");
        assertThat(consent.status()).as(consent.toString()).isEqualTo(200);
        assertThat(consent.json().getBoolean("consented")).isTrue();
        assertDenied(as("station-head").put("api/v1/volunteers/" + STUDENT + "/recognition/naming-consent",
                "{\"consented\":true}"), "RECOGNITION-NOT-OWN-CONSENT");
        int year = yearOfTheCredits();

        var list = as("station-head").get("api/v1/units/" + STATION + "/commendations?year=" + year);

        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.string("rule")).isEqualTo("R-RECG-1");
        List<JsonObject> lines = list.json().getJsonArray("commended").getValuesAs(JsonObject.class);
        List<JsonObject> volunteers = lines.stream().filter(l -> l.getString("nominee").equals("VOLUNTEER")).toList();
        assertThat(volunteers.getFirst().getString("id")).isEqualTo(VOLUNTEER);
        assertThat(volunteers.getFirst().getInt("rank")).isEqualTo(1);
        assertThat(volunteers.getFirst().getString("name")).isEqualTo("周晓明");
        assertThat(volunteers.getFirst().getBoolean("named")).isTrue();
        assertThat(volunteers).anySatisfy(l -> {
            assertThat(l.getString("id")).isEqualTo(STUDENT);
            assertThat(l.getInt("rank")).isEqualTo(2);
            assertThat(l.getBoolean("named")).as("林雨萱 never consented").isFalse();
            assertThat(l.get("name")).as("omitted or null").isIn(null, JsonValue.NULL);
        });
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.getString("nominee")).isEqualTo("TEAM");
            assertThat(l.getString("id")).isEqualTo(VOLUNTEER_TEAM);
            assertThat(l.getInt("rank")).isEqualTo(1);
            assertThat(l.getString("name")).isEqualTo("圆东村志愿者队伍");
        });
        assertThat(list.body()).doesNotContain("林雨萱");

        assertThat(as("center-head").get("api/v1/units/" + DemoData.CENTER + "/commendations?year=" + year).status())
                .isEqualTo(200);
        assertDenied(as("chengnan-admin").get("api/v1/units/" + STATION + "/commendations?year=" + year),
                "ACCESS-DENIED");
        assertDenied(as("volunteer").get("api/v1/units/" + STATION + "/commendations?year=" + year), "ACCESS-DENIED");
        assertThat(as("station-head").get("api/v1/units/" + STATION + "/commendations").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("the station head reads the station's scorecard; a stranger gets 403")
    void theStationHeadReadsTheScorecard() {
        int year = yearOfTheCredits();
        int records = 0;
        // The demo's five teams, and any other classes of the run founded at the station.
        int teams = as("station-head").get("api/v1/teams?unit=" + STATION + "&limit=200").json()
                .getJsonArray("items").size();
        assertThat(teams).isGreaterThanOrEqualTo(5);
        for (int y : new int[] {year - 1, year}) {
            var card = as("station-head").get("api/v1/units/" + STATION + "/scorecard?year=" + y);
            assertThat(card.status()).as(card.toString()).isEqualTo(200);
            assertThat(card.json().getInt("teams")).isEqualTo(teams);
            records += card.json().getInt("records");
        }
        assertThat(records).as("the demo service records").isGreaterThanOrEqualTo(37);
        var card = as("station-head").get("api/v1/units/" + STATION + "/scorecard?year=" + year);
        assertThat(card.json().getJsonNumber("score").doubleValue()).isPositive();

        assertDenied(as("chengnan-admin").get("api/v1/units/" + STATION + "/scorecard?year=" + year), "ACCESS-DENIED");
        assertDenied(as("volunteer").get("api/v1/units/" + STATION + "/scorecard?year=" + year), "ACCESS-DENIED");
        var notAStation = as("center-head").get("api/v1/units/" + DemoData.CENTER + "/scorecard?year=" + year);
        assertThat(notAStation.status()).as(notAStation.toString()).isEqualTo(400);
    }

    private long balance() {
        var mine = as("volunteer").get(RECOGNITION);
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        return mine.json().getJsonNumber("pointsBalance").longValue();
    }

    /** The demo records were credited when the demo data was loaded: the year the commendation counts them in. */
    private int yearOfTheCredits() {
        var entries = as("volunteer").get(RECOGNITION + "/entries?limit=200");
        return entries.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("kind").equals("CREDIT"))
                .map(e -> OffsetDateTime.parse(e.getString("at")).getYear())
                .findFirst().orElseThrow();
    }

    private static String redemption(String goods, long cost) {
        return Json.createObjectBuilder().add("goods", goods).add("cost", cost).build().toString();
    }

    private static void assertDenied(Api.Reply reply, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.string("code")).isEqualTo(code);
        assertThat(reply.string("title")).matches(".*[\\u4e00-\\u9fff].*");
    }

    private static String demoUuid(String name) {
        return UUID.nameUUIDFromBytes(("civility-demo:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private Api as(String user) {
        return Api.at(deployment).as(user, DemoData.DEMO_PASSWORD);
    }
}
