package org.civility.portal;

import jakarta.json.JsonObject;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A 乐 recreation activity with one place: sign-up, waiting list, promotion; planning access; a seasonal programme. */
@ExtendWith(SharedPortal.class)
class ActivityApiIT {

    private static final String PASSWORD = DemoData.DEMO_PASSWORD;

    @SharedPortal.Url
    URL deployment;

    private Api as(String user) {
        return Api.at(deployment).as(user, PASSWORD);
    }

    private static String recreation(String title, int capacity) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(30).truncatedTo(ChronoUnit.HOURS);
        return """
                {"unit":"%s","form":"RECREATION","themes":["CULTURE","SKILLS"],"title":"%s",
                 "description":"村文化礼堂前广场","start":"%s","end":"%s","capacity":%d}
                """.formatted(DemoData.STATION_YUANDONG, title, start, start.plus(Duration.ofHours(2)), capacity);
    }

    @Test
    void waitlistedResidentIsPromotedWhenTheVolunteerCancels() {
        // given: station-admin plans a recreation with one place
        var planned = as("station-admin").post("api/v1/activities", recreation("广场舞联谊 " + UUID.randomUUID(), 1));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        assertThat(planned.header("Location")).isNotNull();
        String id = planned.json().getString("id");
        assertThat(planned.json().getString("status")).isEqualTo("PLANNED");

        // when: the volunteer, then the resident sign up
        var volunteer = as("volunteer").post("api/v1/activities/" + id + "/sign-ups", null);
        var resident = as("resident").post("api/v1/activities/" + id + "/sign-ups", null);

        // then
        assertThat(volunteer.status()).as(volunteer.toString()).isEqualTo(200);
        JsonObject first = volunteer.json().getJsonArray("signUps").getJsonObject(0);
        assertThat(first.getString("kind")).isEqualTo("VOLUNTEER");
        assertThat(first.getString("reference")).isEqualTo(DemoData.DEMO_VOLUNTEER.toString());
        assertThat(first.getString("status")).isEqualTo("CONFIRMED");
        assertThat(resident.status()).as(resident.toString()).isEqualTo(200);
        JsonObject second = resident.json().getJsonArray("signUps").getJsonObject(1);
        assertThat(second.getString("kind")).isEqualTo("RESIDENT");
        assertThat(second.getString("reference")).isEqualTo("resident");
        assertThat(second.getString("status")).isEqualTo("WAITLISTED");

        // and signing up twice is a conflict
        var again = as("resident").post("api/v1/activities/" + id + "/sign-ups", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getString("code")).isEqualTo("ACTIVITY-ALREADY-SIGNED-UP");

        // when: the volunteer withdraws
        var withdrawn = as("volunteer").delete("api/v1/activities/" + id + "/sign-ups/me");

        // then: the resident holds the place
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        var read = as("station-admin").get("api/v1/activities/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).contains(Long.toString(read.json().getJsonNumber("version").longValue()));
        assertThat(read.json().getInt("confirmedCount")).isEqualTo(1);
        assertThat(read.json().getInt("waitlistCount")).isZero();
        JsonObject promoted = read.json().getJsonArray("signUps").getJsonObject(0);
        assertThat(promoted.getString("reference")).isEqualTo("resident");
        assertThat(promoted.getString("status")).isEqualTo("CONFIRMED");

        // and the unit's recreation list shows it
        var list = as("resident").get("api/v1/activities?unit=" + DemoData.STATION_YUANDONG + "&form=RECREATION&limit=200");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(a -> assertThat(a.getString("id")).isEqualTo(id));
    }

    @Test
    void staleIfMatchIsRefusedAndCancellingClosesSignUp() {
        String id = as("station-admin").post("api/v1/activities", recreation("篮球赛 " + UUID.randomUUID(), 5))
                .json().getString("id");

        var stale = as("station-admin").withHeader("If-Match", "\"99\"").post("api/v1/activities/" + id + "/cancel", null);
        var cancelled = as("station-admin").withHeader("If-Match", "\"1\"").post("api/v1/activities/" + id + "/cancel", null);
        var late = as("resident").post("api/v1/activities/" + id + "/sign-ups", null);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().getString("code")).isEqualTo("STALE-VERSION");
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().getString("code")).isEqualTo("ACTIVITY-SIGN-UP-CLOSED");
    }

    @Test
    void anotherInstitutesAdministratorMayNotPlanAtTheStation() {
        var reply = as("chengnan-admin").post("api/v1/activities", recreation("越权活动", 10));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("code")).isEqualTo("ACCESS-DENIED");
    }

    @Test
    void badInputAnswers400() {
        var malformedId = as("station-admin").get("api/v1/activities/not-a-uuid");
        var noThemes = as("station-admin").post("api/v1/activities", recreation("x", 1).replace("\"CULTURE\",\"SKILLS\"", ""));

        assertThat(malformedId.status()).isEqualTo(400);
        assertThat(noThemes.status()).isEqualTo(400);
    }

    @Test
    void aLearnFromLeiFengActivityComesFromItsTemplate() {
        // given
        var templates = as("station-admin").get("api/v1/programme-templates");
        assertThat(templates.status()).as(templates.toString()).isEqualTo(200);
        assertThat(templates.parse().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("code"))
                .containsExactly("LEARN_FROM_LEI_FENG", "SUMMER_COOLING", "AUTUMN_ELDERS", "WINTER_WARMTH");
        int year = OffsetDateTime.now().getYear() + 1;

        // when
        var created = as("station-admin").post("api/v1/activities/from-template", """
                {"unit":"%s","template":"LEARN_FROM_LEI_FENG","year":%d,"capacity":30}
                """.formatted(DemoData.STATION_YUANDONG, year));

        // then
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getString("title")).isEqualTo("学雷锋志愿服务 " + year);
        assertThat(created.json().getString("form")).isEqualTo("ASSISTANCE");
        assertThat(created.json().getString("start")).isEqualTo(year + "-03-01T09:00:00+08:00");
        assertThat(created.json().getInt("capacity")).isEqualTo(30);
        assertThat(as("station-admin").get(created.header("Location").replaceFirst("^.*/api/", "api/")).status())
                .isEqualTo(200);

        // and out of season is a coded rejection
        var summer = as("station-admin").post("api/v1/activities/from-template", """
                {"unit":"%s","template":"LEARN_FROM_LEI_FENG","year":%d,"start":"%d-07-01T09:00:00+08:00"}
                """.formatted(DemoData.STATION_YUANDONG, year, year));
        assertThat(summer.status()).isEqualTo(422);
        assertThat(summer.json().getString("code")).isEqualTo("ACTIVITY-OUT-OF-SEASON");
    }
}
