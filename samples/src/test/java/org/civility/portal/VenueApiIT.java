package org.civility.portal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The venue API end to end on the demo network: a 文化礼堂 owned by 圆东村村委会 at the 圆东村
 * station, booked, approved, used, checked and closed through HTTP.
 */
@ExtendWith(SharedPortal.class)
class VenueApiIT {

    private static final String DAY = "2031-05-20";
    private static final List<String> CHECKLIST = List.of("MULTIMEDIA_EQUIPMENT", "FIRE_EQUIPMENT", "POWER_CUT",
            "WINDOWS_SHUT", "FIRE_CHECK", "DOOR_LOCKED");

    @SharedPortal.Url
    URL deployment;

    private Api as(String user) {
        return Api.at(deployment).as(user, DemoData.DEMO_PASSWORD);
    }

    @Test
    @DisplayName("R-VEN-1 station-admin registers a 文化礼堂 owned by 圆东村村委会; it is listed, read with an ETag")
    void registersListsAndReadsAVenue() {
        String name = "文化礼堂 " + UUID.randomUUID();

        var created = as("station-admin").post("api/v1/venues", venueJson(name));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.string("id");
        assertThat(created.header("Location")).endsWith("/api/v1/venues/" + id);
        assertThat(created.json().getJsonObject("owner").getString("name")).isEqualTo("圆东村村委会");
        assertThat(created.string("kind")).isEqualTo("CULTURE_HALL");
        assertThat(created.string("unitId")).isEqualTo(DemoData.STATION_YUANDONG.toString());

        var one = as("resident").get("api/v1/venues/" + id);
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.header("ETag")).isEqualTo("\"1\"");

        var list = as("station-head").get("api/v1/venues?unit=" + DemoData.STATION_YUANDONG + "&limit=200");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(v -> v.getString("id")).contains(id);
    }

    @Test
    @DisplayName("R-VEN-5 a venue holds one booking at a time: 09-11 booked, 10-12 refused with 409, 11-12 adjacent booked")
    void refusesADoubleBookingButTakesAnAdjacentOne() {
        String venue = registerVenue();

        var first = as("station-admin").post(bookings(venue), bookingJson("09:00", "11:00", "PRACTICE", resident()));
        var overlapping = as("station-admin").post(bookings(venue), bookingJson("10:00", "12:00", "PRACTICE", resident()));
        var adjacent = as("station-admin").post(bookings(venue), bookingJson("11:00", "12:00", "PRACTICE", resident()));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.string("status")).isEqualTo("CONFIRMED");
        assertThat(OffsetDateTime.parse(first.string("start"))).isEqualTo(DAY + "T09:00+08:00");
        assertThat(first.header("Location")).endsWith("/api/v1/bookings/" + first.string("id"));

        assertThat(overlapping.status()).as(overlapping.toString()).isEqualTo(409);
        assertThat(overlapping.contentType()).startsWith("application/problem+json");
        assertThat(overlapping.string("code")).isEqualTo("R-VEN-5");
        assertThat(overlapping.string("title")).isEqualTo("场地已被预约");
        assertThat(overlapping.json().getJsonObject("args").getString("conflictingBooking"))
                .isEqualTo(first.string("id"));

        assertThat(adjacent.status()).as(adjacent.toString()).isEqualTo(201);

        var listed = as("resident").get(bookings(venue));
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(b -> b.getString("id"))
                .containsExactly(first.string("id"), adjacent.string("id"));
    }

    @Test
    @DisplayName("R-VEN-2 a booking for other use is PENDING_APPROVAL, cannot be used, until the committee approves it")
    void otherUseWaitsForTheCommittee() {
        String venue = registerVenue();

        var pending = as("station-admin").post(bookings(venue), bookingJson("14:00", "16:00", "OTHER", resident()));
        assertThat(pending.status()).as(pending.toString()).isEqualTo(201);
        assertThat(pending.string("status")).isEqualTo("PENDING_APPROVAL");
        String booking = pending.string("id");

        var signWhilePending = as("duty-staff").put("api/v1/bookings/" + booking + "/checklist/POWER_CUT", "");
        assertThat(signWhilePending.status()).as(signWhilePending.toString()).isEqualTo(422);
        assertThat(signWhilePending.string("code")).isEqualTo("R-VEN-2");

        var byDutyStaff = as("duty-staff").post("api/v1/bookings/" + booking + "/approve", "");
        assertThat(byDutyStaff.status()).as(byDutyStaff.toString()).isEqualTo(403);
        var byAdministrator = as("station-admin").post("api/v1/bookings/" + booking + "/approve", "");
        assertThat(byAdministrator.status()).as(byAdministrator.toString()).isEqualTo(403);
        assertThat(byAdministrator.string("code")).isEqualTo("R-VEN-2-APPROVER");

        var approved = as("committee").post("api/v1/bookings/" + booking + "/approve", "");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.string("status")).isEqualTo("CONFIRMED");
        assertThat(approved.json().getJsonObject("approval").getString("approvedBy")).isEqualTo("committee");
    }

    @Test
    @DisplayName("R-VEN-2 where the township widens it, the station's administrator approves too, until the station narrows it")
    void aTownshipWidensTheApprovalAndAStationNarrowsIt() {
        String township = "api/v1/units/" + DemoData.INSTITUTE_YUANDONG + "/settings/venue.other-use-approvers";
        String station = "api/v1/units/" + DemoData.STATION_YUANDONG + "/settings/venue.other-use-approvers";
        String venue = registerVenue();
        String first = as("lecturer").post(bookings(venue), bookingJson("08:00", "09:00", "OTHER", resident())).string("id");
        String second = as("lecturer").post(bookings(venue), bookingJson("09:00", "10:00", "OTHER", resident())).string("id");
        try {
            var widened = as("institute-admin").put(township, "{\"value\":\"COMMITTEE_OR_ADMINISTRATORS\"}");
            assertThat(widened.status()).as(widened.toString()).isEqualTo(200);

            var approved = as("station-admin").post("api/v1/bookings/" + first + "/approve", "");
            assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
            assertThat(approved.json().getJsonObject("approval").getString("approvedBy")).isEqualTo("station-admin");
            var byInstitute = as("institute-admin").post("api/v1/bookings/" + second + "/approve", "");
            assertThat(byInstitute.string("code")).as(byInstitute.toString()).isEqualTo("R-VEN-2-APPROVER");

            var narrowed = as("station-head").put(station, "{\"value\":\"COMMITTEE_ONLY\"}");
            assertThat(narrowed.status()).as(narrowed.toString()).isEqualTo(200);
            var refused = as("station-admin").post("api/v1/bookings/" + second + "/reject", "{\"reason\":\"商业用途\"}");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.string("code")).isEqualTo("R-VEN-2-APPROVER");
        } finally {
            as("station-head").delete(station);
            as("institute-admin").delete(township);
        }
    }

    @Test
    @DisplayName("R-VEN-3 a booking closes only after duty staff signed all six checklist items")
    void closesOnlyWithTheFullChecklist() {
        String venue = registerVenue();
        String booking = as("station-admin")
                .post(bookings(venue), bookingJson("18:00", "20:00", "PRACTICE", resident())).string("id");

        var early = as("duty-staff").post("api/v1/bookings/" + booking + "/close", "");
        assertThat(early.status()).as(early.toString()).isEqualTo(422);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.string("code")).isEqualTo("R-VEN-3");
        assertThat(early.json().getJsonObject("args").getString("unsigned")).contains(CHECKLIST);

        for (String item : CHECKLIST) {
            var signed = as("duty-staff").put("api/v1/bookings/" + booking + "/checklist/" + item, "");
            assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        }
        var closed = as("duty-staff").post("api/v1/bookings/" + booking + "/close", "");

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.string("status")).isEqualTo("CLOSED");
        assertThat(closed.json().getJsonArray("checklist")).hasSize(6);
        assertThat(closed.json().getJsonArray("unsignedItems")).isEmpty();
        assertThat(closed.json().getJsonArray("checklist").getJsonObject(0).getString("signedBy"))
                .isEqualTo("duty-staff");
    }

    @Test
    @DisplayName("R-VEN-4 damage by an outside organisation is charged to it and requires restoration")
    void damageByAnOutsideOrganisationRequiresRestoration() {
        String venue = registerVenue();
        var outside = Json.createObjectBuilder().add("name", "阳光幼儿园").add("outsideOrganisation", true).build();
        String booking = as("station-admin")
                .post(bookings(venue), bookingJson("08:00", "09:00", "PRACTICE", outside)).string("id");

        var recorded = as("duty-staff").post("api/v1/bookings/" + booking + "/damages", Json.createObjectBuilder()
                .add("description", "投影仪镜头碎裂").add("costInFen", 120000).add("responsibleParty", "张小明")
                .build().toString());

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        JsonObject damage = recorded.json().getJsonArray("damages").getJsonObject(0);
        assertThat(damage.getBoolean("restorationRequired")).isTrue();
        assertThat(damage.getString("chargedTo")).isEqualTo("阳光幼儿园");
        assertThat(damage.getJsonNumber("costInFen").longValue()).isEqualTo(120000);
        assertThat(recorded.json().getJsonNumber("totalDamageInFen").longValue()).isEqualTo(120000);
    }

    @Test
    @DisplayName("403 an institute administrator of another branch cannot register a venue at 圆东村")
    void administratorOfAnotherBranchIsDenied() {
        var reply = as("chengnan-admin").post("api/v1/venues", venueJson("越权的场地"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.string("code")).isEqualTo("ACCESS-DENIED");
    }

    @Test
    @DisplayName("a stale If-Match is refused with 409 STALE-VERSION")
    void staleIfMatchIsRefused() {
        String venue = registerVenue();
        String booking = as("station-admin")
                .post(bookings(venue), bookingJson("12:00", "13:00", "OTHER", resident())).string("id");

        var stale = as("committee").withHeader("If-Match", "\"7\"").post("api/v1/bookings/" + booking + "/approve", "");

        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.string("code")).isEqualTo("STALE-VERSION");
    }

    @Test
    @DisplayName("malformed JSON is a 400 problem")
    void malformedJsonIsA400Problem() {
        var reply = as("station-admin").post("api/v1/venues", "{\"unitId\": ");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    @DisplayName("invalid fields are a 400 VALIDATION problem")
    void invalidFieldsAreA400Problem() {
        var reply = as("station-admin").post("api/v1/venues", Json.createObjectBuilder()
                .add("unitId", DemoData.STATION_YUANDONG.toString()).add("name", " ").add("kind", "CULTURE_HALL")
                .add("owner", Json.createObjectBuilder().add("name", "圆东村村委会"))
                .add("platforms", Json.createArrayBuilder()).build().toString());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.string("code")).isEqualTo("VALIDATION");
    }

    @Test
    @DisplayName("a malformed or unknown venue id is a 400 or 404 problem, never a 500")
    void badIdsAreProblemsNotServerErrors() {
        var malformed = as("station-admin").get("api/v1/venues/not-a-uuid");
        var unknown = as("station-admin").get("api/v1/venues/" + UUID.randomUUID());
        var malformedBooking = as("station-admin").post("api/v1/venues/not-a-uuid/bookings",
                bookingJson("09:00", "10:00", "PRACTICE", resident()));
        var missingUnit = as("station-admin").get("api/v1/venues");

        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.string("code")).isEqualTo("INVALID-INPUT");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.string("code")).isEqualTo("NOT-FOUND");
        assertThat(malformedBooking.status()).as(malformedBooking.toString()).isEqualTo(400);
        assertThat(missingUnit.status()).as(missingUnit.toString()).isEqualTo(400);
        assertThat(missingUnit.string("code")).isEqualTo("REQUIRED");
    }

    private String registerVenue() {
        var reply = as("station-admin").post("api/v1/venues", venueJson("文化礼堂 " + UUID.randomUUID()));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.string("id");
    }

    private static String bookings(String venue) {
        return "api/v1/venues/" + venue + "/bookings";
    }

    private static String venueJson(String name) {
        return Json.createObjectBuilder()
                .add("unitId", DemoData.STATION_YUANDONG.toString())
                .add("name", name)
                .add("kind", "CULTURE_HALL")
                .add("owner", Json.createObjectBuilder().add("name", "圆东村村委会").add("contact", "0571-12345678"))
                .add("platforms", Json.createArrayBuilder().add("CULTURE").add("THEORY_OUTREACH"))
                .add("capacity", 200)
                .build().toString();
    }

    private static JsonObject resident() {
        return Json.createObjectBuilder().add("name", "张阿姨").add("outsideOrganisation", false).build();
    }

    private static String bookingJson(String from, String to, String purpose, JsonObject user) {
        return Json.createObjectBuilder()
                .add("start", DAY + "T" + from + ":00+08:00")
                .add("end", DAY + "T" + to + ":00+08:00")
                .add("purpose", purpose)
                .add("description", "PRACTICE".equals(purpose) ? "理论宣讲：乡村振兴政策" : "村民议事会")
                .add("user", user)
                .build().toString();
    }
}
