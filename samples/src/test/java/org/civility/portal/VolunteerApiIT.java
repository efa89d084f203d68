package org.civility.portal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Volunteers and teams through the portal's API: registration under a real name with GB 11643
 * check digits, personal data masked for everyone but those allowed to see it, guardian consent
 * for minors, one registration per ID number, and R-TEAM-1 for five-elders teams. Every test
 * makes up fresh ID numbers (random birth dates and sequence numbers), so reruns against the same
 * database do not collide.
 */
@ExtendWith(SharedPortal.class)
class VolunteerApiIT {

    private static final String STATION = DemoData.STATION_YUANDONG.toString();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    @SharedPortal.Url
    URL deployment;

    @Test
    void stationAdminRegistersAnAdultAndSeesTheFullNumbers() {
        // given
        String id = anAdultsResidentId();
        String phone = aPhone();

        // when
        var reply = as("station-admin").post("api/v1/volunteers", registration("张志愿", id, phone).build().toString());

        // then
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.header("Location")).contains("/api/v1/volunteers/" + reply.string("id"));
        assertThat(reply.header("ETag")).isEqualTo("\"1\"");
        assertThat(reply.header("Cache-Control")).contains("no-store");
        assertThat(reply.string("residentIdNumber")).isEqualTo(id);
        assertThat(reply.string("phone")).isEqualTo(phone);
        assertThat(reply.json().getBoolean("fullPersonalData")).isTrue();
        assertThat(reply.string("homeUnit")).isEqualTo(STATION);
        assertThat(reply.json().getJsonArray("skills").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactlyInAnyOrder("急救", "书法");

        var read = as("station-admin").get("api/v1/volunteers/" + reply.string("id"));
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.string("residentIdNumber")).isEqualTo(id);
    }

    @Test
    void aResidentSeesIdAndPhoneMaskedInTheListAndInOneRecord() {
        // given an adult registered by the station's administrator
        String id = anAdultsResidentId();
        String phone = aPhone();
        String volunteerId = as("station-admin")
                .post("api/v1/volunteers", registration("李村民", id, phone).build().toString()).string("id");

        // when a resident of the station lists the station's volunteers
        JsonObject listed = findInList(as("resident"), volunteerId);

        // then the numbers are masked: 110***********002X, 138****5678
        String maskedId = id.substring(0, 3) + "*".repeat(11) + id.substring(14);
        assertThat(listed.getString("residentIdNumber")).isEqualTo(maskedId).doesNotContain(id.substring(6, 14));
        assertThat(listed.getString("phone")).isEqualTo("138****5678");
        assertThat(listed.getBoolean("fullPersonalData")).isFalse();

        var one = as("resident").get("api/v1/volunteers/" + volunteerId);
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.string("residentIdNumber")).isEqualTo(maskedId);
        assertThat(one.string("phone")).isEqualTo("138****5678");
        assertThat(one.body()).doesNotContain(id, phone);
    }

    @Test
    void aWrongCheckDigitAnswers400WithAChineseTitle() {
        var reply = as("station-admin").post("api/v1/volunteers",
                registration("王错号", withWrongCheckDigit(anAdultsResidentId()), aPhone()).build().toString());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.string("code")).isEqualTo("VOLUNTEER-ID-CHECK-DIGIT");
        assertThat(reply.string("title")).isEqualTo("身份证号校验码错误");
    }

    @Test
    void aWrongCheckDigitIsTitledInEnglishOnRequest() {
        var reply = as("station-admin").withHeader("Accept-Language", "en").post("api/v1/volunteers",
                registration("Wang Cuohao", withWrongCheckDigit(anAdultsResidentId()), aPhone()).build().toString());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.string("code")).isEqualTo("VOLUNTEER-ID-CHECK-DIGIT");
        assertThat(reply.string("title")).isEqualTo("Wrong check character in resident ID number");
    }

    @Test
    void aFifteenYearOldNeedsAGuardiansConsent() {
        // given
        String id = aResidentIdAged(15);

        // when registered without consent, then with it
        var refused = as("station-admin").post("api/v1/volunteers",
                registration("赵小同", id, aPhone()).build().toString());
        var registered = as("station-admin").post("api/v1/volunteers",
                registration("赵小同", id, aPhone())
                        .add("guardianConsent", Json.createObjectBuilder()
                                .add("guardianName", "赵大同")
                                .add("guardianPhone", aPhone())
                                .add("relation", "FATHER")
                                .add("givenAt", "2025-06-01T09:00:00+08:00"))
                        .build().toString());

        // then
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.string("code")).isEqualTo("VOLUNTEER-GUARDIAN-CONSENT");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.json().getInt("age")).isEqualTo(15);
        assertThat(registered.json().getBoolean("minor")).isTrue();
        assertThat(registered.json().getBoolean("guardianConsentPresent")).isTrue();
    }

    @Test
    void aSignedInPersonWhoMaySignUpRegistersThemselfAMinorOnlyWithConsentAndIsLinked() {
        // given the demo lecturer (SIGN_UP at the station), not a volunteer yet; this class's own database
        String id = aResidentIdAged(16);
        Api self = as("lecturer");
        assertThat(self.get("api/v1/me").json().get("volunteerId")).isNull();

        // when: without the guardian's consent, then with it, then once more
        var refused = self.post("api/v1/volunteers/me", registration("钱小文", id, aPhone()).build().toString());
        var registered = self.post("api/v1/volunteers/me",
                registration("钱小文", id, aPhone())
                        .add("guardianConsent", Json.createObjectBuilder()
                                .add("guardianName", "钱大文")
                                .add("guardianPhone", aPhone())
                                .add("relation", "MOTHER")
                                .add("givenAt", "2025-06-01T09:00:00+08:00"))
                        .build().toString());
        var again = self.post("api/v1/volunteers/me",
                registration("钱小文", aResidentIdAged(30), aPhone()).build().toString());

        // then
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.string("code")).isEqualTo("VOLUNTEER-GUARDIAN-CONSENT");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.json().getBoolean("guardianConsentPresent")).isTrue();
        assertThat(registered.json().getBoolean("fullPersonalData")).isTrue();
        String volunteerId = registered.string("id");
        assertThat(registered.header("Location")).endsWith("/api/v1/volunteers/" + volunteerId);
        assertThat(self.get("api/v1/me").json().getString("volunteerId")).isEqualTo(volunteerId);
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.string("code")).isEqualTo("VOLUNTEER-ALREADY-LINKED");
        assertThat(again.string("title")).isEqualTo("您已是注册志愿者");
    }

    @Test
    void staffWithoutSignUpCannotRegisterThemself() {
        var refused = as("duty-staff").post("api/v1/volunteers/me",
                registration("孙值班", aResidentIdAged(40), aPhone()).build().toString());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.string("code")).isEqualTo("ACCESS-DENIED");
        assertThat(as("duty-staff").get("api/v1/me").json().get("volunteerId")).isNull();
    }

    @Test
    void theSameIdNumberRegistersOnce() {
        String id = anAdultsResidentId();
        var first = as("station-admin").post("api/v1/volunteers", registration("钱一", id, aPhone()).build().toString());

        var second = as("station-admin").post("api/v1/volunteers", registration("钱二", id, aPhone()).build().toString());

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.string("code")).isEqualTo("VOLUNTEER-ALREADY-REGISTERED");
        assertThat(second.body()).doesNotContain(id);
    }

    @Test
    void anotherCountyBranchLearnsNeitherWhereAVolunteerBelongsNorWhereTheirNumberIsRegistered() {
        // given a volunteer of the station
        String id = anAdultsResidentId();
        var registered = as("station-admin").post("api/v1/volunteers", registration("孙远", id, aPhone()).build().toString());
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String volunteer = registered.string("id");

        // when the other institute's administrator reads the record, or registers the same number there
        var read = as("chengnan-admin").get("api/v1/volunteers/" + volunteer);
        var again = as("chengnan-admin").post("api/v1/volunteers", registration("孙远", id, aPhone())
                .add("homeUnit", DemoData.INSTITUTE_CHENGNAN.toString()).build().toString());

        // then both are refused, and neither answer names the station, the record or the person
        assertThat(read.status()).as(read.toString()).isEqualTo(403);
        assertThat(read.string("code")).isEqualTo("ACCESS-DENIED");
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.string("code")).isEqualTo("VOLUNTEER-ALREADY-REGISTERED");
        assertThat(read.body()).doesNotContain(STATION, DemoData.INSTITUTE_YUANDONG.toString(), id, "孙远");
        assertThat(again.body()).doesNotContain(STATION, DemoData.INSTITUTE_YUANDONG.toString(), id, volunteer);
    }

    @Test
    @DisplayName("R-TEAM-1 a five-elders member needs one of the five categories")
    void rTeam1FiveEldersMemberNeedsACategory() {
        // given a five-elders team and a volunteer of the station
        var team = as("station-admin").post("api/v1/teams", Json.createObjectBuilder()
                .add("unit", STATION).add("kind", "FIVE_ELDERS").add("name", "五老关爱团 " + fresh())
                .build().toString());
        assertThat(team.status()).as(team.toString()).isEqualTo(201);
        String teamId = team.string("id");
        String volunteerId = registerAdult("孙老兵");

        // when the volunteer joins without a category, then as a veteran soldier
        var refused = as("station-admin").post("api/v1/teams/" + teamId + "/members",
                Json.createObjectBuilder().add("volunteerId", volunteerId).build().toString());
        var joined = as("station-admin").withHeader("If-Match", team.header("ETag"))
                .post("api/v1/teams/" + teamId + "/members", Json.createObjectBuilder()
                        .add("volunteerId", volunteerId).add("category", "VETERAN_SOLDIER").build().toString());

        // then
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.string("code")).isEqualTo("R-TEAM-1");
        assertThat(joined.status()).as(joined.toString()).isIn(200, 201);
        JsonObject member = joined.json().getJsonArray("members").getJsonObject(0);
        assertThat(member.getString("volunteerId")).isEqualTo(volunteerId);
        assertThat(member.getString("category")).isEqualTo("VETERAN_SOLDIER");
        assertThat(joined.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void aMemberLeavesUnderIfMatchAndAStaleVersionIsRefused() {
        // given a volunteer team with one member (version 2)
        String teamId = as("station-admin").post("api/v1/teams", Json.createObjectBuilder()
                .add("unit", STATION).add("kind", "VOLUNTEER").add("name", "红马甲 " + fresh())
                .build().toString()).string("id");
        String volunteerId = registerAdult("周红");
        as("station-admin").post("api/v1/teams/" + teamId + "/members",
                Json.createObjectBuilder().add("volunteerId", volunteerId).build().toString());

        // when
        var stale = as("station-admin").withHeader("If-Match", "\"1\"")
                .delete("api/v1/teams/" + teamId + "/members/" + volunteerId);
        var left = as("station-admin").withHeader("If-Match", "\"2\"")
                .delete("api/v1/teams/" + teamId + "/members/" + volunteerId);

        // then
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.string("code")).isEqualTo("STALE-VERSION");
        assertThat(left.status()).as(left.toString()).isEqualTo(200);
        assertThat(left.json().getJsonArray("members")).isEmpty();
        var read = as("resident").get("api/v1/teams/" + teamId);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"3\"");
    }

    @Test
    void anAdministratorOfAnotherInstituteCannotFormATeamAtTheStation() {
        var reply = as("chengnan-admin").post("api/v1/teams", Json.createObjectBuilder()
                .add("unit", STATION).add("kind", "FIVE_ELDERS").add("name", "越权队伍 " + fresh())
                .build().toString());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        assertThat(reply.string("code")).isEqualTo("ACCESS-DENIED");
    }

    @Test
    void aMalformedIdAnswers400() {
        var reply = as("station-admin").get("api/v1/volunteers/not-a-uuid");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.string("code")).isEqualTo("INVALID-INPUT");
    }

    @Test
    void aResidentSignsUpWithTheirPhoneAndACodeThenRegistersAsAVolunteerAndIsLinked() {
        // given a newcomer without an account: the stations are listed to anyone
        Api anyone = Api.at(deployment);
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        var stations = anyone.get("api/v1/sign-ups/stations");
        assertThat(stations.status()).as(stations.toString()).isEqualTo(200);
        assertThat(stations.body()).contains(STATION);

        // when a code is sent, a wrong one tried, then the right one
        var sent = anyone.post("api/v1/sign-ups/codes", "{\"phone\":\"" + phone + "\"}");
        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        assertThat(sent.json().getInt("expiresInSeconds")).isBetween(290, 300);
        String code = as("station-admin").post("api/v1/testing/sent-codes/last", "{\"phone\":\"" + phone + "\"}")
                .string("code");
        String wrongCode = code.equals("000000") ? "111111" : "000000";
        var wrong = anyone.post("api/v1/sign-ups", signUp(phone, wrongCode));
        var signedUp = anyone.post("api/v1/sign-ups", signUp(phone, code));
        var again = anyone.post("api/v1/sign-ups", signUp(phone, code));

        // then
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
        assertThat(wrong.string("code")).isEqualTo("SIGN-UP-CODE-INVALID");
        assertThat(wrong.body()).doesNotContain(phone).doesNotContain(code);
        assertThat(signedUp.status()).as(signedUp.toString()).isEqualTo(201);
        assertThat(signedUp.string("username")).isEqualTo(phone);
        assertThat(signedUp.string("state")).isEqualTo("ACTIVE");
        assertThat(signedUp.json().getJsonArray("grants").getJsonObject(0).getString("role")).isEqualTo("RESIDENT");
        assertThat(signedUp.json().getJsonArray("grants").getJsonObject(0).getString("unitId")).isEqualTo(STATION);
        assertThat(again.status()).as(again.toString()).isEqualTo(400);

        // and the resident signs in, registers as a volunteer, and their account is linked
        Api resident = Api.at(deployment).as(phone, "晨光里的文化礼堂-2026");
        assertThat(resident.get("api/v1/me").json().get("volunteerId")).isNull();
        var registered = resident.post("api/v1/volunteers/me",
                registration("林晓雨", anAdultsResidentId(), phone).build().toString());
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(resident.get("api/v1/me").json().getString("volunteerId")).isEqualTo(registered.string("id"));
    }

    @Test
    void aPhoneGetsFiveSignUpCodesAnHourThen429WithRetryAfter() {
        // given
        Api anyone = Api.at(deployment);
        String body = "{\"phone\":\"137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000))
                + "\"}";
        for (int i = 0; i < 5; i++) {
            var sent = anyone.post("api/v1/sign-ups/codes", body);
            assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        }

        // when
        var refused = anyone.post("api/v1/sign-ups/codes", body);

        // then
        assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
        assertThat(refused.string("code")).isEqualTo("SIGN-UP-THROTTLED");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
    }

    private static String signUp(String phone, String code) {
        return Json.createObjectBuilder().add("phone", phone).add("code", code).add("name", "林晓雨")
                .add("stationId", STATION).add("password", "晨光里的文化礼堂-2026").build().toString();
    }

    private Api as(String user) {
        return Api.at(deployment).as(user, DemoData.DEMO_PASSWORD);
    }

    private String registerAdult(String name) {
        var reply = as("station-admin").post("api/v1/volunteers",
                registration(name, anAdultsResidentId(), aPhone()).build().toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.string("id");
    }

    /** Pages through the station's volunteers (other ITs add theirs to the same database). */
    private static JsonObject findInList(Api api, String volunteerId) {
        int offset = 0;
        while (true) {
            var page = api.get("api/v1/volunteers?unit=" + STATION + "&limit=200&offset=" + offset);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            for (JsonObject item : page.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (item.getString("id").equals(volunteerId)) {
                    return item;
                }
            }
            assertThat(page.json().getBoolean("hasMore")).as("volunteer %s listed", volunteerId).isTrue();
            offset = page.json().getInt("nextOffset");
        }
    }

    private static JsonObjectBuilder registration(String name, String residentId, String phone) {
        return Json.createObjectBuilder()
                .add("homeUnit", STATION)
                .add("realName", name)
                .add("residentIdNumber", residentId)
                .add("phone", phone)
                .add("origin", "RESIDENT")
                .add("skills", Json.createArrayBuilder().add("急救").add("书法"));
    }

    /** Born on a random day 20 to 60 years ago. */
    private static String anAdultsResidentId() {
        LocalDate today = LocalDate.now(SHANGHAI);
        int days = ThreadLocalRandom.current().nextInt(365 * 40);
        return residentId(today.minusYears(20).minusDays(days));
    }

    /** Exactly {@code years} old today, born on a random day of that year of age. */
    private static String aResidentIdAged(int years) {
        LocalDate today = LocalDate.now(SHANGHAI);
        return residentId(today.minusYears(years).minusDays(1 + ThreadLocalRandom.current().nextInt(300)));
    }

    /** 110105 (Beijing Chaoyang), the birth date, a random sequence number and the GB 11643 check character. */
    private static String residentId(LocalDate birth) {
        String first17 = "110105" + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        return first17 + checkCharacter(first17);
    }

    private static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    private static String withWrongCheckDigit(String residentId) {
        char right = residentId.charAt(17);
        char wrong = right == '0' ? '1' : '0';
        return residentId.substring(0, 17) + wrong;
    }

    /** 138, four random digits, 5678: masked always 138****5678. */
    private static String aPhone() {
        return "138" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000)) + "5678";
    }

    private static String fresh() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
