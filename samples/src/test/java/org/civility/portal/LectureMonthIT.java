package org.civility.portal;

import jakarta.json.JsonObject;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lecture month at 圆东村 through the REST API: schedule and prepare (备课), give (授课), review (评课)
 * a lecture by a member of the station's expert team, archive a material, then the compliance report
 * of 圆东镇 over two months (R-LECT-1); an unqualified speaker is refused (R-LECT-2).
 */
@ExtendWith(SharedPortal.class)
class LectureMonthIT {

    private static final String STATION = DemoData.STATION_YUANDONG.toString();
    private static final String INSTITUTE = DemoData.INSTITUTE_YUANDONG.toString();

    @SharedPortal.Url
    URL deployment;

    private Api as(String user) {
        return Api.at(deployment).as(user, DemoData.DEMO_PASSWORD);
    }

    /** The first member of the station's demo EXPERT team. */
    private String expertVolunteer() {
        var teams = as("station-admin").get("api/v1/teams?unit=" + STATION + "&limit=50");
        assertThat(teams.status()).as(teams.toString()).isEqualTo(200);
        String expertTeam = teams.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("kind").equals("EXPERT")).findFirst().orElseThrow().getString("id");
        return as("station-admin").get("api/v1/teams/" + expertTeam).json().getJsonArray("members")
                .getJsonObject(0).getString("volunteerId");
    }

    private static String lecture(String speaker, String start, String end) {
        return """
                {"unit":"%s","topic":"学习新思想 做时代新人","themes":["THOUGHT","MORALITY"],
                 "start":"%s","end":"%s","speakerVolunteerId":"%s","speakerName":"孙立新",
                 "preparationNotes":"讲稿、案例与互动问答已备好"}""".formatted(STATION, start, end, speaker);
    }

    @Test
    @DisplayName("R-LECT-1 R-LECT-2 R-LECT-3 a lecture month: prepare, give, review, archive, then the compliance report")
    void runsALectureMonthAndReportsCompliance() throws Exception {
        Api admin = as("station-admin");

        // 备课: the station admin schedules a lecture by a member of the expert team, on 1 March (Shanghai)
        var scheduled = admin.post("api/v1/lectures", lecture(expertVolunteer(),
                "2025-03-01T00:30:00+08:00", "2025-03-01T02:00:00+08:00"));
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        assertThat(scheduled.header("Location")).isNotBlank();
        assertThat(scheduled.json().getString("status")).isEqualTo("PREPARED");
        String id = scheduled.json().getString("id");

        // 授课, with the version read
        var read = admin.get("api/v1/lectures/" + id);
        assertThat(read.status()).isEqualTo(200);
        var given = admin.withHeader("If-Match", read.header("ETag"))
                .post("api/v1/lectures/" + id + "/given", """
                        {"at":"2025-03-01T02:00:00+08:00","attendance":48}""");
        assertThat(given.status()).as(given.toString()).isEqualTo(200);
        assertThat(given.json().getString("status")).isEqualTo("GIVEN");
        assertThat(given.json().getInt("attendance")).isEqualTo(48);

        // a stale If-Match is refused
        var stale = admin.withHeader("If-Match", read.header("ETag"))
                .post("api/v1/lectures/" + id + "/review", """
                        {"text":"x","score":3}""");
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);

        // 评课 by the station's lecturer
        var reviewed = as("lecturer").post("api/v1/lectures/" + id + "/review", """
                {"text":"联系村里实际，群众反响好","score":5}""");
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        assertThat(reviewed.json().getString("status")).isEqualTo("REVIEWED");
        assertThat(reviewed.json().getString("reviewedBy")).isEqualTo("lecturer");

        // a second review is an illegal step
        var again = as("lecturer").post("api/v1/lectures/" + id + "/review", """
                {"text":"again","score":4}""");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().getString("code")).isEqualTo("LECTURE-STATE");

        // R-LECT-3: a small material, filed by topic, downloads byte for byte
        byte[] notes = "第一讲：学习新思想\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> upload = upload("station-admin", id, "讲稿.txt", "DOCUMENT", "理论宣讲", "text/plain", notes);
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        JsonObject material = jakarta.json.Json.createReader(new java.io.StringReader(upload.body())).readObject();
        assertThat(material.getString("topic")).isEqualTo("理论宣讲");
        assertThat(material.getJsonNumber("size").longValue()).isEqualTo(notes.length);
        assertThat(material.getString("sha256")).hasSize(64);

        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(Api.at(deployment).uri("api/v1/lectures/" + id + "/materials/"
                                + material.getString("id")))
                        .header("Authorization", basic("resident")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(notes);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");

        var archive = admin.get("api/v1/lectures/archive?unit=" + STATION + "&topic="
                + URLEncoder.encode("理论宣讲", StandardCharsets.UTF_8));
        assertThat(archive.status()).as(archive.toString()).isEqualTo(200);
        assertThat(archive.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("id")).contains(material.getString("id"));

        // a picture that is no picture is refused with a clear code
        HttpResponse<String> wrongType = upload("station-admin", id, "photo.exe", "PICTURE", null,
                "application/x-msdownload", new byte[] {1, 2, 3});
        assertThat(wrongType.statusCode()).isEqualTo(422);
        assertThat(wrongType.body()).contains("LECTURE-MATERIAL-TYPE");

        // R-LECT-1: March held, April missing, for 圆东村 under 圆东镇
        var report = as("institute-admin").get("api/v1/units/" + INSTITUTE + "/lecture-compliance?from=2025-03&to=2025-04");
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        JsonObject station = report.json().getJsonArray("stations").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("station").equals(STATION)).findFirst().orElseThrow();
        assertThat(station.getJsonArray("missingMonths").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("2025-04");
        assertThat(station.getBoolean("compliant")).isFalse();
        assertThat(station.getInt("lectures")).isGreaterThanOrEqualTo(1);

        var onlyMarch = as("institute-admin").get("api/v1/units/" + INSTITUTE + "/lecture-compliance?from=2025-03&to=2025-03");
        assertThat(onlyMarch.json().getJsonArray("stations").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("station").equals(STATION)).findFirst().orElseThrow()
                .getBoolean("compliant")).isTrue();

        // another institute's admin may not read it
        assertThat(as("chengnan-admin").get("api/v1/units/" + INSTITUTE + "/lecture-compliance?from=2025-03&to=2025-04")
                .status()).isEqualTo(403);
    }

    @Test
    @DisplayName("R-LECT-2 an unqualified speaker gets 422 R-LECT-2")
    void refusesAnUnqualifiedSpeaker() {
        var reply = as("station-admin").post("api/v1/lectures", lecture(DemoData.DEMO_VOLUNTEER.toString(),
                "2025-05-10T09:00:00+08:00", "2025-05-10T10:00:00+08:00"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("code")).isEqualTo("R-LECT-2");
    }

    @Test
    @DisplayName("R-LECT-4 a resident's request goes into the station's study plan")
    void aResidentsRequestGoesIntoTheStudyPlan() {
        var request = as("resident").post("api/v1/units/" + STATION + "/lecture-requests", """
                {"topic":"防范电信诈骗","reason":"村里老人常接到诈骗电话"}""");
        assertThat(request.status()).as(request.toString()).isEqualTo(201);

        // Each test class that draws up a plan of the shared station keeps to years of its own (a plan per year).
        int year = 2030 + (int) (System.nanoTime() % 20);
        var plan = as("station-admin").post("api/v1/units/" + STATION + "/study-plans/" + year, """
                {"requests":[{"requestId":"%s","month":"MAY"}],"localItems":[{"month":"JANUARY","topic":"村规民约"}]}"""
                .formatted(request.json().getString("id")));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        var items = plan.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).extracting(i -> i.getString("topic") + "/" + i.getString("source"))
                .contains("村规民约/LOCAL", "防范电信诈骗/REQUEST");

        assertThat(as("resident").get("api/v1/units/" + STATION + "/study-plans/" + year).status()).isEqualTo(200);
        assertThat(as("resident").post("api/v1/units/" + STATION + "/study-plans/" + year, "{}").status())
                .isEqualTo(403);
    }

    private String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + DemoData.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> upload(String user, String lecture, String name, String kind, String topic,
                                        String contentType, byte[] bytes) throws IOException, InterruptedException {
        String query = "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&kind=" + kind
                + "&contentType=" + URLEncoder.encode(contentType, StandardCharsets.UTF_8)
                + (topic == null ? "" : "&topic=" + URLEncoder.encode(topic, StandardCharsets.UTF_8));
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build().send(
                HttpRequest.newBuilder(Api.at(deployment).uri("api/v1/lectures/" + lecture + "/materials" + query))
                        .header("Authorization", basic(user))
                        .header("Content-Type", "application/octet-stream")
                        .header("Accept", "application/json, application/problem+json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
