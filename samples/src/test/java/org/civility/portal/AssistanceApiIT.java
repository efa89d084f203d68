package org.civility.portal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.civility.core.volunteer.ResidentIdNumber;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assistance (帮) through the portal's API: an administrator registers an empty-nest elder but may not
 * read the details back; the station head and the paired volunteer may; strangers get 403
 * ACCESS-DENIED (R-HELP-1 privacy); the paired volunteer records a visit; the overdue report lists a
 * backdated pairing without visits and not the visited one. Every test registers fresh recipients, so
 * reruns against the same database do not collide.
 */
@ExtendWith(SharedPortal.class)
class AssistanceApiIT {

    private static final String STATION = DemoData.STATION_YUANDONG.toString();
    private static final String VOLUNTEER = DemoData.DEMO_VOLUNTEER.toString();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @SharedPortal.Url
    URL deployment;

    @Test
    @DisplayName("R-HELP-1 details only for the pair and the head; strangers get 403; the pair records a visit")
    void onlyThePairAndTheHeadSeeTheDetails() {
        // given the station's administrator registers an empty-nest elder
        String phone = aPhone();
        var registered = as("station-admin").post("api/v1/care-recipients", elder("孙奶奶", phone));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.string("id");
        assertThat(registered.header("Location")).endsWith("/api/v1/care-recipients/" + id);
        assertThat(registered.string("category")).isEqualTo("EMPTY_NEST_ELDER");
        assertThat(registered.string("pairingStatus")).isEqualTo("UNPAIRED");
        assertThat(registered.body()).doesNotContain("孙奶奶").doesNotContain(phone);

        // then the administrator may not read the details back
        assertDenied(as("station-admin").get("api/v1/care-recipients/" + id), "ACCESS-DENIED");
        assertThat(as("station-admin").get("api/v1/care-recipients/" + id + "/summary").status()).isEqualTo(200);

        // and the station head may
        var head = as("station-head").get("api/v1/care-recipients/" + id);
        assertThat(head.status()).as(head.toString()).isEqualTo(200);
        assertThat(head.string("name")).isEqualTo("孙奶奶");
        assertThat(head.string("phone")).isEqualTo(phone);
        assertThat(head.json().getInt("birthYear")).isEqualTo(1946);
        assertThat(head.header("Cache-Control")).contains("no-store");

        // when the administrator pairs the demo volunteer with her
        var pairing = as("station-admin").post("api/v1/care-pairings", pairingOf(id, 7, null));
        assertThat(pairing.status()).as(pairing.toString()).isEqualTo(201);
        String pairingId = pairing.string("id");
        assertThat(pairing.json().getJsonArray("volunteers").getValuesAs(JsonString::getString)).containsExactly(VOLUNTEER);

        // then the paired volunteer reads the details and records a visit
        var asVolunteer = as("volunteer").get("api/v1/care-recipients/" + id);
        assertThat(asVolunteer.status()).as(asVolunteer.toString()).isEqualTo(200);
        assertThat(asVolunteer.string("address")).isEqualTo("圆东村五组 3 号");
        var visit = as("volunteer").withHeader("If-Match", "\"1\"")
                .post("api/v1/care-pairings/" + pairingId + "/visits", visitNow("陪老人聊天，帮忙买药"));
        assertThat(visit.status()).as(visit.toString()).isEqualTo(200);
        assertThat(visit.json().getJsonArray("visits")).hasSize(1);
        assertThat(visit.json().getJsonArray("visits").getJsonObject(0).getString("notes")).isEqualTo("陪老人聊天，帮忙买药");
        assertThat(visit.json().getJsonNumber("daysOverdue").longValue()).isZero();
        assertThat(visit.header("ETag")).isEqualTo("\"2\"");

        // the administrator sees the pairing, but not the visit notes
        var adminPairing = as("station-admin").get("api/v1/care-pairings/" + pairingId);
        assertThat(adminPairing.status()).isEqualTo(200);
        assertThat(adminPairing.json().getBoolean("detailsVisible")).isFalse();
        assertThat(adminPairing.json().getJsonArray("visits").getJsonObject(0).getString("notes")).isEmpty();

        // the station lists the recipient's pairings with their visits, notes only for the head
        var listed = as("station-admin").get("api/v1/care-recipients/" + id + "/pairings");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        JsonObject onlyPairing = listed.parse().asJsonArray().getJsonObject(0);
        assertThat(onlyPairing.getString("id")).isEqualTo(pairingId);
        assertThat(onlyPairing.getJsonArray("visits").getJsonObject(0).getString("notes")).isEmpty();
        var listedForHead = as("station-head").get("api/v1/care-recipients/" + id + "/pairings");
        assertThat(listedForHead.parse().asJsonArray().getJsonObject(0).getJsonArray("visits").getJsonObject(0)
                .getString("notes")).isEqualTo("陪老人聊天，帮忙买药");

        // and strangers get 403 with a coded, Chinese problem
        assertDenied(as("resident").get("api/v1/care-recipients/" + id), "ACCESS-DENIED");
        assertDenied(as("resident").get("api/v1/care-recipients/" + id + "/pairings"), "ACCESS-DENIED");
        assertDenied(as("volunteer").get("api/v1/care-recipients/" + id + "/pairings"), "ACCESS-DENIED");
        assertDenied(as("chengnan-admin").get("api/v1/care-recipients/" + id), "ACCESS-DENIED");
        assertDenied(as("resident").post("api/v1/care-pairings/" + pairingId + "/visits", visitNow("")),
                "ASSISTANCE-NOT-PAIRED");
        // every read of her details is in the audit trail, which the station head reads (and exports), the
        // administrator not
        String today = java.time.LocalDate.now(SHANGHAI).toString();
        String trail = "api/v1/audit-entries?unit=" + STATION + "&from=" + today + "&to=" + today + "&limit=200";
        var entries = as("station-head").get(trail);
        assertThat(entries.status()).as(entries.toString()).isEqualTo(200);
        assertThat(entries.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .filteredOn(e -> e.getString("action").equals("CARE_RECIPIENT_READ") && e.getString("subject").equals(id))
                .extracting(e -> e.getString("actor")).contains("station-head", "volunteer");
        assertThat(entries.body()).doesNotContain("孙奶奶").doesNotContain(phone);
        var csv = as("station-head").getBytes(trail, "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text()).contains("CARE_RECIPIENT_READ", id);
        assertDenied(as("station-admin").get(trail), "ACCESS-DENIED");
    }

    @Test
    @DisplayName("R-HELP-1 the overdue report lists a pairing without a visit within its interval, not the visited one")
    void reportsOverdueVisits() {
        // given a pairing backdated 20 days with a weekly schedule and no visit, and a visited one
        LocalDate today = LocalDate.now(SHANGHAI);
        String overdueRecipient = as("station-admin").post("api/v1/care-recipients", elder("钱爷爷", aPhone())).string("id");
        var overdue = as("station-admin").post("api/v1/care-pairings", pairingOf(overdueRecipient, 7, today.minusDays(20)));
        assertThat(overdue.status()).as(overdue.toString()).isEqualTo(201);
        assertThat(overdue.json().getJsonNumber("daysOverdue").longValue()).isEqualTo(13);
        String visitedRecipient = as("station-admin").post("api/v1/care-recipients", elder("李奶奶", aPhone())).string("id");
        String visited = as("station-admin").post("api/v1/care-pairings",
                pairingOf(visitedRecipient, 7, today.minusDays(20))).string("id");
        assertThat(as("volunteer").post("api/v1/care-pairings/" + visited + "/visits", visitNow("")).status())
                .isEqualTo(200);

        // when
        var report = as("station-head").get("api/v1/units/" + STATION + "/overdue-visits?asOf=" + today);

        // then
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        List<JsonObject> lines = report.json().getJsonArray("overdue").getValuesAs(JsonObject.class);
        assertThat(lines).extracting(l -> l.getString("pairing")).contains(overdue.string("id")).doesNotContain(visited);
        JsonObject line = lines.stream().filter(l -> l.getString("pairing").equals(overdue.string("id"))).findFirst()
                .orElseThrow();
        assertThat(line.getJsonNumber("daysOverdue").longValue()).isEqualTo(13);
        assertThat(line.getString("category")).isEqualTo("EMPTY_NEST_ELDER");
        assertThat(line.getJsonArray("volunteers").getValuesAs(JsonString::getString)).containsExactly(VOLUNTEER);
        assertThat(report.body()).doesNotContain("钱爷爷");

        // the administrator of the institute above sees it too; a resident and another institute do not
        assertThat(as("institute-admin").get("api/v1/units/" + STATION + "/overdue-visits").status()).isEqualTo(200);
        assertDenied(as("resident").get("api/v1/units/" + STATION + "/overdue-visits"), "ACCESS-DENIED");
        assertDenied(as("chengnan-admin").get("api/v1/units/" + STATION + "/overdue-visits"), "ACCESS-DENIED");
    }

    @Test
    void rejectsAnIntervalAboveTheMaximumAndAStartTooFarBack() {
        String recipient = as("station-admin").post("api/v1/care-recipients", elder("周爷爷", aPhone())).string("id");

        var tooLong = as("station-admin").post("api/v1/care-pairings", pairingOf(recipient, 31, null));
        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(422);
        assertThat(tooLong.string("code")).isEqualTo("R-HELP-1");

        var tooEarly = as("station-admin").post("api/v1/care-pairings",
                pairingOf(recipient, 7, LocalDate.now(SHANGHAI).minusDays(400)));
        assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(422);
        assertThat(tooEarly.string("code")).isEqualTo("ASSISTANCE-START-DATE");

        assertThat(as("station-admin").get("api/v1/care-recipients/not-a-uuid/summary").status()).isEqualTo(400);
        assertThat(as("station-admin").get("api/v1/care-recipients?unit=" + STATION).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("R-HELP-1 a volunteer of another branch is not paired, and the refusal names no unit of theirs")
    void refusesAVolunteerOfAnotherBranch() {
        // given a volunteer the other institute registered at its own unit
        String first17 = "110105" + LocalDate.now(SHANGHAI).minusYears(30)
                .minusDays(ThreadLocalRandom.current().nextInt(3000)).format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        var registered = as("chengnan-admin").post("api/v1/volunteers", Json.createObjectBuilder()
                .add("homeUnit", DemoData.INSTITUTE_CHENGNAN.toString()).add("realName", "城南志愿者")
                .add("residentIdNumber", first17 + ResidentIdNumber.checkCharacter(first17)).add("phone", aPhone())
                .add("origin", "RESIDENT").add("skills", Json.createArrayBuilder()).build().toString());
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String recipient = as("station-admin").post("api/v1/care-recipients", elder("吴奶奶", aPhone())).string("id");

        // when the county head pairs them with the station's recipient
        var paired = as("center-head").post("api/v1/care-pairings", Json.createObjectBuilder()
                .add("recipient", recipient)
                .add("volunteers", Json.createArrayBuilder().add(registered.string("id")))
                .add("visitIntervalDays", 7).build().toString());

        // then
        assertThat(paired.status()).as(paired.toString()).isEqualTo(422);
        assertThat(paired.string("code")).isEqualTo("REFERENCE-OUTSIDE-SUBTREE");
        assertThat(paired.string("title")).matches(".*[\\u4e00-\\u9fff].*");
        assertThat(paired.body()).doesNotContain(DemoData.INSTITUTE_CHENGNAN.toString());
        var stranger = as("chengnan-admin").get("api/v1/care-recipients/" + recipient + "/summary");
        assertDenied(stranger, "ACCESS-DENIED");
        assertThat(stranger.body()).doesNotContain(STATION);
    }

    private static void assertDenied(Api.Reply reply, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.string("code")).isEqualTo(code);
        assertThat(reply.string("title")).matches(".*[\\u4e00-\\u9fff].*");
    }

    private static String elder(String name, String phone) {
        return Json.createObjectBuilder()
                .add("unit", STATION)
                .add("category", "EMPTY_NEST_ELDER")
                .add("name", name)
                .add("birthYear", 1946)
                .add("address", "圆东村五组 3 号")
                .add("phone", phone)
                .add("needs", "独居，腿脚不便")
                .build().toString();
    }

    private static String pairingOf(String recipient, int intervalDays, LocalDate startedOn) {
        var body = Json.createObjectBuilder()
                .add("recipient", recipient)
                .add("volunteers", Json.createArrayBuilder().add(VOLUNTEER))
                .add("visitIntervalDays", intervalDays);
        if (startedOn != null) {
            body.add("startedOn", startedOn.toString());
        }
        return body.build().toString();
    }

    private static String visitNow(String notes) {
        return Json.createObjectBuilder()
                .add("visitedAt", OffsetDateTime.now(SHANGHAI).withNano(0).toString())
                .add("durationMinutes", 45)
                .add("notes", notes)
                .build().toString();
    }

    private static String aPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private Api as(String user) {
        return Api.at(deployment).as(user, DemoData.DEMO_PASSWORD);
    }
}
