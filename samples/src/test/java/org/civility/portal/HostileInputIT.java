package org.civility.portal;

import jakarta.json.Json;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.SequenceInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs that answered 500 (DOMAIN §6a: bad input gets a clear, coded error, never a 5xx), each with its own test:
 * extreme dates and months, an odd path segment, the longest rating comments, two writes of one unique thing at the
 * same moment, validation messages in the request's language, and a JSON body over 1 MiB.
 */
@ExtendWith(SharedPortal.class)
class HostileInputIT {

    private static final String STATION = DemoData.STATION_YUANDONG.toString();
    private static final String INSTITUTE = DemoData.INSTITUTE_YUANDONG.toString();

    @SharedPortal.Url
    URL deployment;

    private Api as(String user) {
        return Api.at(deployment).as(user, DemoData.DEMO_PASSWORD);
    }

    private static void assertCoded(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.string("code")).isEqualTo(code);
    }

    @Test
    void lectureComplianceFromTheLastMonthOfTime() {
        assertCoded(as("station-head").get("api/v1/units/" + STATION + "/lecture-compliance?from=%2B999999999-12&to=2026-06"),
                400, "INVALID-INPUT");
        assertCoded(as("station-head").get("api/v1/units/" + STATION + "/lecture-compliance?from=2026-01&to=%2B999999999-12"),
                400, "INVALID-INPUT");
    }

    @Test
    void serviceRecordExportToTheLastDayOfTime() {
        assertCoded(as("station-head").get("api/v1/units/" + STATION
                + "/service-records/export?from=2026-01-01&to=%2B999999999-12-31"), 400, "INVALID-INPUT");
        assertCoded(as("station-head").get("api/v1/units/" + STATION
                + "/service-records/export?from=-999999999-01-01&to=2026-01-31"), 400, "INVALID-INPUT");
    }

    @Test
    void aCeremonyNamedBySpace() {
        assertCoded(as("station-head").get("api/v1/ceremonies/%20"), 400, "INVALID-INPUT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%2B999999999-12", "-999999999-01", "0000-01", "10000-01", "2026-13", "2026-00", "2026-1",
            "%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%96-01", "2026-01-01", "%00"})
    void dashboardsOfOddMonths(String month) {
        for (String path : List.of("api/v1/units/" + STATION + "/dashboard?month=" + month,
                "api/v1/units/" + INSTITUTE + "/overview?month=" + month)) {
            assertCoded(as("center-head").get(path), 400, "INVALID-INPUT");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1_999, 2_000})
    void ratingsWithTheLongestComments(int length) {
        String id = completedOrder();
        String comment = "师".repeat(length);

        var rated = as("resident").post("api/v1/orders/" + id + "/rate",
                Json.createObjectBuilder().add("stars", 5).add("comment", comment).build().toString());

        assertThat(rated.status()).as(rated.toString()).isEqualTo(200);
        assertThat(rated.json().getJsonObject("rating").getString("comment")).isEqualTo(comment);
        var tooLong = as("resident").post("api/v1/orders/" + completedOrder() + "/rate",
                Json.createObjectBuilder().add("stars", 5).add("comment", comment + "师".repeat(2_001 - length))
                        .build().toString());
        assertCoded(tooLong, 400, "VALIDATION");
    }

    @Test
    void twoStudyPlansOfOneYearAtTheSameMoment() throws Exception {
        // Years of this class only: LectureMonthIT plans 2030–2049, StudyPlanJourneyIT 2075–2100.
        int year = ThreadLocalRandom.current().nextInt(2050, 2075);
        String plan = "{\"requests\":[],\"localItems\":[{\"month\":\"JANUARY\",\"topic\":\"村规民约\"}]}";
        List<Api.Reply> answers = atOnce(4, () -> as("station-admin")
                .post("api/v1/units/" + STATION + "/study-plans/" + year, plan));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isLessThan(500));
        assertThat(answers).as(answers.toString()).filteredOn(a -> a.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() != 201)
                .allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(409));
    }

    @Test
    void twoOffersOfOneTeamAtTheSameMoment() throws Exception {
        var team = as("station-admin").post("api/v1/teams", Json.createObjectBuilder().add("unit", STATION)
                .add("kind", "VOLUNTEER").add("name", "同时发布 " + UUID.randomUUID().toString().substring(0, 8))
                .build().toString());
        assertThat(team.status()).as(team.toString()).isEqualTo(201);
        String offer = Json.createObjectBuilder().add("ownerKind", "TEAM").add("ownerId", team.string("id"))
                .add("skills", Json.createArrayBuilder().add("理发")).add("unit", STATION).build().toString();

        List<Api.Reply> answers = atOnce(4, () -> as("station-admin").post("api/v1/offers", offer));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isLessThan(500));
        assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() != 201)
                .allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(409));
    }

    @Test
    void validationMessagesSpeakTheRequestsLanguage() {
        String blankName = Json.createObjectBuilder().add("unit", STATION).add("kind", "VOLUNTEER").add("name", " ")
                .build().toString();

        var zh = as("station-admin").withHeader("Accept-Language", "zh-CN").post("api/v1/teams", blankName);
        var en = as("station-admin").withHeader("Accept-Language", "en").post("api/v1/teams", blankName);

        assertCoded(zh, 400, "VALIDATION");
        assertThat(zh.json().getJsonArray("violations").getJsonObject(0).getString("message")).isEqualTo("不能为空");
        assertCoded(en, 400, "VALIDATION");
        assertThat(en.json().getJsonArray("violations").getJsonObject(0).getString("message"))
                .isEqualTo("must not be blank");
    }

    @Test
    void aJsonBodyOverOneMebibyteIsRefused() {
        String big = "{\"unit\":\"" + STATION + "\",\"kind\":\"VOLUNTEER\",\"name\":\"" + "长".repeat(400_000) + "\"}";
        assertThat(big.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1 << 20);

        assertCoded(as("station-admin").post("api/v1/teams", big), 413, "REQUEST-TOO-LARGE");
        assertCoded(as("station-admin").postStream("api/v1/teams", "application/json",
                () -> new SequenceInputStream(Collections.enumeration(List.of(
                        new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))))), 413, "REQUEST-TOO-LARGE");
    }

    /** An order of the resident's, served by the demo volunteer and completed. */
    private String completedOrder() {
        var placed = as("resident").post("api/v1/orders", """
                {"unit":"%s","menuItem":"%s","recipient":"评价-%s"}""".formatted(STATION, DemoData.MENU_HAIRCUT,
                UUID.randomUUID().toString().substring(0, 8)));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String id = placed.string("id");
        for (var step : List.of(
                List.of("station-admin", "review", "{\"note\":\"ok\"}"),
                List.of("station-admin", "offer", "{\"kind\":\"VOLUNTEER\",\"id\":\"%s\"}".formatted(DemoData.DEMO_VOLUNTEER)),
                List.of("volunteer", "accept", ""),
                List.of("volunteer", "start", ""),
                List.of("volunteer", "complete", "{\"report\":\"理发完成\"}"))) {
            var reply = as(step.get(0)).post("api/v1/orders/" + id + "/" + step.get(1), step.get(2));
            assertThat(reply.status()).as(step.get(1) + " " + reply).isEqualTo(200);
        }
        return id;
    }

    private static List<Api.Reply> atOnce(int n, Callable<Api.Reply> send) throws InterruptedException {
        ExecutorService clients = Executors.newFixedThreadPool(n);
        try {
            return clients.invokeAll(IntStream.range(0, n).mapToObj(i -> send).toList()).stream()
                    .map(HostileInputIT::get).toList();
        } finally {
            clients.shutdownNow();
        }
    }

    private static Api.Reply get(Future<Api.Reply> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
