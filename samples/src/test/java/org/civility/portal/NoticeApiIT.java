package org.civility.portal;

import java.net.URL;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notices end to end: 圆东村's administrator announces a (made-up) activity through SMS, WeChat
 * group and poster; the portal's dispatcher sends the outbox within seconds; the poster prints.
 */
@ExtendWith(SharedPortal.class)
class NoticeApiIT {

    @SharedPortal.Url
    URL deployment;

    private Api as(String user) {
        return Api.at(deployment).as(user, DemoData.DEMO_PASSWORD);
    }

    @Test
    @DisplayName("R-NOTE-1 station-admin announces an activity 3 days ahead on three channels; all are SENT within 30 s; the poster prints")
    void announcesAndDeliversEveryChannel() {
        String title = "学雷锋志愿服务 " + UUID.randomUUID().toString().substring(0, 8);

        var created = as("station-admin").post("api/v1/notices", noticeJson(title, OffsetDateTime.now(ZoneOffset.ofHours(8))
                .plusDays(3).truncatedTo(ChronoUnit.MINUTES)));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.string("id");
        assertThat(created.header("Location")).endsWith("/api/v1/notices/" + id);
        assertThat(created.json().getJsonArray("deliveries").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("channel"))
                .containsExactly("POSTER", "SMS", "WECHAT_GROUP");

        JsonObject notice = await("the notice " + id + " sent by the outbox").atMost(Duration.ofSeconds(60))
                .until(() -> {
                    var one = as("station-head").get("api/v1/notices/" + id);
                    assertThat(one.status()).as(one.toString()).isEqualTo(200);
                    return one.json();
                }, n -> "SENT".equals(n.getString("status")));
        assertThat(notice.getJsonArray("deliveries").getValuesAs(JsonObject.class)).hasSize(3).allSatisfy(d -> {
            assertThat(d.getString("status")).isEqualTo("SENT");
            assertThat(d.getInt("attempts")).isEqualTo(1);
            assertThat(d.getString("sentAt")).endsWith("+08:00");
        });
        await("the notice " + id + " in the portal's log").atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(SharedPortal.log(SharedPortal.API))
                        .as("with no civility.notices.* setting every channel goes to the portal's logging notifier")
                        .contains("civility notices: SMS=log WECHAT_GROUP=log POSTER=log alerts=log codes=log",
                                "civility notice " + id + " via SMS (SMS to the unit's residents",
                                "civility notice " + id + " via WECHAT_GROUP (WeChat group of the unit",
                                "civility notice " + id + " via POSTER (poster ready at api/v1/notices/" + id
                                        + "/poster"));

        var poster = as("resident").withHeader("Accept", "text/html").get("api/v1/notices/" + id + "/poster");
        assertThat(poster.status()).as(poster.toString()).isEqualTo(200);
        assertThat(poster.contentType()).startsWith("text/html");
        assertThat(poster.body()).contains(title, "圆东村新时代文明实践站", "村文化礼堂", "@media print");

        var listed = as("resident").get("api/v1/notices?unit=" + DemoData.STATION_YUANDONG + "&limit=200");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(n -> n.getString("id")).contains(id);

        var retrySent = as("station-admin").post("api/v1/notices/" + id + "/deliveries/SMS/retry", "");
        assertThat(retrySent.status()).as(retrySent.toString()).isEqualTo(422);
        assertThat(retrySent.string("code")).isEqualTo("NOTICE-ALREADY-SENT");
    }

    @Test
    @DisplayName("R-NOTE-1 announcing an activity that starts in 2 hours is refused with 422")
    void refusesANoticeTooCloseToTheStart() {
        var late = as("station-admin").post("api/v1/notices", noticeJson("临时通知",
                OffsetDateTime.now(ZoneOffset.ofHours(8)).plusHours(2)));

        assertThat(late.status()).as(late.toString()).isEqualTo(422);
        assertThat(late.contentType()).startsWith("application/problem+json");
        assertThat(late.string("code")).isEqualTo("R-NOTE-1");
        assertThat(late.json().getJsonObject("args").get("minLeadHours").toString()).contains("24");
    }

    @Test
    void aResidentMayNotAnnounce() {
        var denied = as("resident").post("api/v1/notices", noticeJson("居民通知",
                OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(3)));

        assertThat(denied.status()).as(denied.toString()).isEqualTo(403);
    }

    @Test
    void malformedIdsAndUnknownNoticesAreProblemsNotErrors() {
        assertThat(as("station-head").get("api/v1/notices/not-a-uuid").status()).isEqualTo(400);
        assertThat(as("station-head").get("api/v1/notices/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(as("station-head").withHeader("Accept", "text/html").get("api/v1/notices/" + UUID.randomUUID() + "/poster")
                .status()).isEqualTo(404);
    }

    private static String noticeJson(String title, OffsetDateTime startsAt) {
        return """
                {"unitId": "%s", "subjectKind": "ACTIVITY", "subjectId": "%s", "title": "%s",
                 "body": "清扫村道、慰问孤寡老人，欢迎村民报名参加。", "place": "村文化礼堂",
                 "startsAt": "%s", "channels": %s}""".formatted(DemoData.STATION_YUANDONG, UUID.randomUUID(), title,
                startsAt, List.of("\"SMS\"", "\"WECHAT_GROUP\"", "\"POSTER\""));
    }
}
