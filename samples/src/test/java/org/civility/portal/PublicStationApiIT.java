package org.civility.portal;

import jakarta.json.JsonObject;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A station's public page (宣传, 晒单) through the portal's API, read without credentials: a coming activity of the
 * station's practice point with the point's name as its place, a showcased order with the volunteer who consented and
 * without the resident (a phone number in the report masked), the year's commendation naming 周晓明, who consented,
 * and never 林雨萱, who did not; its link and QR code; 404 for what is not a station. Only this class reads 圆东村's page in
 * the API group, and it reads it once its data is in place (the portal keeps a page for a minute).
 */
@ExtendWith(SharedPortal.class)
class PublicStationApiIT {

    private static final String STATION = DemoData.STATION_YUANDONG.toString();
    private static final String PAGE = "api/v1/public/stations/";

    @SharedPortal.Url
    URL deployment;

    @Test
    @DisplayName("anyone reads the station's coming activities, showcases and commendation, with no personal data")
    void anyoneReadsTheStationsPageWithoutPersonalData() {
        // given a coming activity at a point of the station with a sign-up, and a showcased order of a resident (a
        // point of its own: CertificateApiIT dissolves the demo's point, and a dissolved point's activities are not shown)
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String pointName = "圆东村文化广场实践点" + suffix;
        var founded = as("station-head").post("api/v1/units", """
                {"tier": "POINT", "name": "%s", "parentId": "%s"}
                """.formatted(pointName, DemoData.STATION_YUANDONG));
        assertThat(founded.status()).as(founded.toString()).isEqualTo(201);
        String point = founded.string("id");
        String title = "公开页消夏晚会 " + suffix;
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(3).truncatedTo(ChronoUnit.HOURS);
        var planned = as("station-admin").post("api/v1/activities", """
                {"unit":"%s","form":"RECREATION","themes":["CULTURE"],"title":"%s",
                 "description":"报名请联系 13700001111","start":"%s","end":"%s"}
                """.formatted(point, title, start, start.plus(Duration.ofHours(2))));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        String activity = planned.string("id");
        assertThat(as("resident").post("api/v1/activities/" + activity + "/sign-ups", null).status()).isEqualTo(200);
        String recipient = "公开页赵大爷-" + suffix;
        String order = showcasedOrder(recipient);

        // when nobody signs in (the portal keeps a station's page a minute, civility.public-pages.cache-for: a copy an
        // earlier reader made, before the activity was planned, may still be served until it ends)
        var page = await("the public page with the new activity").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> Api.at(deployment).get(PAGE + STATION), r -> r.status() != 200 || r.body().contains(activity));

        // then
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        // no civility.portal.url here: the link is made from the request, so shared caches must not keep it
        assertThat(page.header("Cache-Control")).contains("private", "max-age=60");
        JsonObject p = page.json();
        assertThat(p.getString("name")).isEqualTo("圆东村新时代文明实践站");
        assertThat(p.getString("link")).endsWith("/#/public-station?id=" + STATION);
        List<JsonObject> coming = p.getJsonArray("coming").getValuesAs(JsonObject.class);
        assertThat(coming).anySatisfy(a -> {
            assertThat(a.getString("id")).isEqualTo(activity);
            assertThat(a.getString("title")).isEqualTo(title);
            assertThat(a.getString("form")).isEqualTo("RECREATION");
            assertThat(OffsetDateTime.parse(a.getString("start")).toInstant()).isEqualTo(start.toInstant());
            assertThat(a.getString("place")).isEqualTo(pointName);
        });
        assertThat(coming).hasSizeLessThanOrEqualTo(20);
        List<JsonObject> showcases = p.getJsonArray("showcases").getValuesAs(JsonObject.class);
        assertThat(showcases).anySatisfy(s -> {
            assertThat(s.getString("item")).isEqualTo("理发");
            assertThat(s.getString("report")).isEqualTo("理发完成 " + suffix + "，回访电话***");
            assertThat(s.getInt("stars")).isEqualTo(5);
            assertThat(s.getString("volunteer")).isEqualTo("周晓明");
        });
        List<JsonObject> commended = p.getJsonArray("commendations").getValuesAs(JsonObject.class);
        assertThat(commended).anySatisfy(c -> {
            assertThat(c.getString("nominee")).isEqualTo("VOLUNTEER");
            assertThat(c.getBoolean("named")).isTrue();
            assertThat(c.getString("name")).isEqualTo("周晓明");
        });
        assertThat(commended).as("林雨萱 never consented: a line without a name")
                .anySatisfy(c -> assertThat(c.getBoolean("named")).isFalse());
        assertThat(page.body()).doesNotContain("林雨萱", recipient, "13912345678", "13700001111", "住3号楼",
                "requester", "recipient", "signUps", order, "手艺好");

        var qr = Api.at(deployment).getBytes(PAGE + STATION + "/qr?size=200", "image/png");
        assertThat(qr.status()).as(qr.toString()).isEqualTo(200);
        assertThat(qr.contentType()).isEqualTo("image/png");
        assertThat(qr.body()).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    @DisplayName("what is not a station answers 404 NOT-FOUND without credentials; a malformed id 400")
    void whatIsNotAStationIsNotFound() {
        Api anyone = Api.at(deployment);
        for (String unit : List.of(UUID.randomUUID().toString(), DemoData.POINT_LIBRARY.toString(),
                DemoData.CENTER.toString(), DemoData.INSTITUTE_YUANDONG.toString())) {
            var reply = anyone.get(PAGE + unit);
            assertThat(reply.status()).as(unit + ": " + reply).isEqualTo(404);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.string("code")).isEqualTo("NOT-FOUND");
            assertThat(anyone.getBytes(PAGE + unit + "/qr", "image/png").status()).isEqualTo(404);
        }
        assertThat(anyone.get(PAGE + "not-a-uuid").status()).isEqualTo(400);
        assertThat(anyone.getBytes(PAGE + STATION + "/qr?size=5000", "image/png").status()).isEqualTo(400);
    }

    /** An order of a resident, served by the demo volunteer, rated, consented to and showcased; its id. */
    private String showcasedOrder(String recipient) {
        var placed = as("resident").post("api/v1/orders", """
                {"unit":"%s","menuItem":"%s","recipient":"%s","description":"住3号楼，电话13912345678"}"""
                .formatted(STATION, DemoData.MENU_HAIRCUT, recipient));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String id = placed.string("id");
        step("station-admin", id, "review", "{\"note\":\"\"}");
        step("station-admin", id, "open-for-grabs", "");
        step("volunteer", id, "accept", "");
        step("volunteer", id, "start", "");
        String suffix = recipient.substring(recipient.lastIndexOf('-') + 1);
        step("volunteer", id, "complete", "{\"report\":\"理发完成 " + suffix + "，回访电话13912345678\"}");
        step("resident", id, "rate", "{\"stars\":5,\"comment\":\"手艺好\"}");
        step("volunteer", id, "consent-to-showcase", "");
        step("station-admin", id, "showcase", "");
        return id;
    }

    private void step(String user, String order, String step, String body) {
        var reply = as(user).post("api/v1/orders/" + order + "/" + step, body);
        assertThat(reply.status()).as(step + ": " + reply).isEqualTo(200);
    }

    private Api as(String user) {
        return Api.at(deployment).as(user, DemoData.DEMO_PASSWORD);
    }
}
