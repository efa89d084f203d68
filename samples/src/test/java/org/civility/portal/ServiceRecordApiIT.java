package org.civility.portal;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.civility.portal.setup.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Service records through the REST API: a station administrator opens a check-in code, its QR code scans to a link
 * with its random link token, the demo volunteer checks in with the token and out with the digits, an administrator
 * makes up and corrects time (capped, R-REC-1), the volunteer's minutes stay apart by source, the chain verifies,
 * and a forgotten check-out is closed at the scheduled end and flagged once the test portal's clock has moved past
 * it and the job has run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceRecordApiIT {

    private static final String STATION = DemoData.STATION_YUANDONG.toString();
    private static final String VOLUNTEER = DemoData.DEMO_VOLUNTEER.toString();
    private static final String WHERE = "30.27123,120.15456";

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL deployment;

    private Api as(String user) {
        return Api.at(deployment).as(user, DemoData.DEMO_PASSWORD);
    }

    @AfterEach
    void resetClock() {
        as("station-head").put("api/v1/testing/clock", "{\"offset\":\"PT0S\"}");
    }

    @Test
    @DisplayName("R-REC-1 check-in codes, QR, make-up cap, corrections, totals by source, chain, forgotten check-outs")
    void recordsServiceWithCodesAndAdministrators() throws Exception {
        Api admin = as("station-admin");
        Api volunteer = as("volunteer");
        Instant now0 = serverNow("PT0S");
        JsonObject before = totals(volunteer);

        // The administrator opens a code for an activity that started five minutes ago.
        var opened = admin.post("api/v1/check-in-codes", """
                {"unitId":"%s","description":"为老人理发","where":"圆东村新时代文明实践站",
                 "scheduledStart":"%s","scheduledEnd":"%s"}""".formatted(STATION, at(now0.minusSeconds(300)),
                at(now0.plusSeconds(3600))));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String code = opened.string("code");
        assertThat(code).matches("[0-9]{6}");
        assertThat(opened.string("checkInLink")).containsPattern("/checkin\\?token=[A-Za-z0-9_-]{32}$");
        String token = opened.string("checkInLink").substring(opened.string("checkInLink").indexOf("token=") + 6);
        assertThat(opened.header("Location")).endsWith("/api/v1/check-in-codes/" + opened.string("id"));
        assertThat(admin.get("api/v1/check-in-codes/" + opened.string("id")).string("code")).isEqualTo(code);
        assertThat(volunteer.get("api/v1/check-in-codes/" + opened.string("id")).status()).isEqualTo(403);

        // Its QR code scans to the check-in link with the token, not the digits.
        HttpResponse<byte[]> png = binary("station-admin", "api/v1/check-in-codes/" + opened.string("id") + "/qr");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/png"));
        String scanned = decodeQr(png.body());
        assertThat(scanned).isEqualTo(opened.string("checkInLink")).endsWith("token=" + token);

        // The volunteer checks in with the token of the scanned link, once (the digits are the same code), and with
        // their location (consented to).
        var session = volunteer.post("api/v1/service-records/check-ins",
                "{\"code\":\"%s\",\"location\":\"%s\",\"locationConsent\":true}".formatted(token, WHERE));
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        assertThat(session.json().getBoolean("open")).isTrue();
        assertThat(session.string("source")).isEqualTo("SELF_CHECK_IN");
        assertThat(session.string("volunteerId")).isEqualTo(VOLUNTEER);
        assertThat(session.string("location")).isEqualTo(WHERE);

        // The location (and the hashes it could be found from) only for the volunteer and the station's staff.
        String entry = "api/v1/service-records/" + session.string("id");
        var seenByResident = as("resident").get(entry);
        assertThat(seenByResident.status()).as(seenByResident.toString()).isEqualTo(200);
        assertThat(seenByResident.string("location")).isNull();
        assertThat(seenByResident.string("hash")).isNull();
        assertThat(volunteer.get(entry).string("location")).isEqualTo(WHERE);
        assertThat(admin.get(entry).string("location")).isEqualTo(WHERE);
        assertThat(admin.get(entry).string("hash")).hasSize(64);
        var twice = volunteer.post("api/v1/service-records/check-ins", "{\"code\":\"%s\"}".formatted(code));
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.json().getString("code")).isEqualTo("RECORD-CODE-ALREADY-USED");
        var unknown = volunteer.post("api/v1/service-records/check-ins", "{\"code\":\"not-a-code\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().getString("code")).isEqualTo("RECORD-CODE-UNKNOWN");
        var noVolunteer = admin.post("api/v1/service-records/check-ins", "{\"code\":\"%s\"}".formatted(code));
        assertThat(noVolunteer.status()).isEqualTo(403);
        assertThat(noVolunteer.json().getString("code")).isEqualTo("RECORD-NO-VOLUNTEER");

        // 45 minutes later they check out, with the digits this time: a correcting entry with the minutes served.
        serverNow("PT45M");
        var closed = volunteer.post("api/v1/service-records/check-outs", "{\"code\":\"%s\"}".formatted(code));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(201);
        assertThat(closed.string("correctsId")).isEqualTo(session.string("id"));
        assertThat(closed.json().getBoolean("open")).isFalse();
        int served = closed.json().getInt("minutes");
        assertThat(served).isBetween(45, 46);

        // Make-up longer than the scheduled length is refused; so is time overlapping the check-in (R-REC-1).
        Instant twoDaysAgo = now0.minus(Duration.ofDays(2));
        var capped = admin.post("api/v1/service-records/make-ups", makeUp(twoDaysAgo, twoDaysAgo.plusSeconds(3 * 3600)));
        assertThat(capped.status()).as(capped.toString()).isEqualTo(422);
        assertThat(capped.json().getString("code")).isEqualTo("RECORD-MAKE-UP-CAPPED");
        var overlapping = admin.post("api/v1/service-records/make-ups",
                makeUp(now0.plusSeconds(600), now0.plusSeconds(2400)));
        assertThat(overlapping.status()).as(overlapping.toString()).isEqualTo(422);
        assertThat(overlapping.json().getString("code")).isEqualTo("R-REC-1");
        assertThat(as("volunteer").post("api/v1/service-records/make-ups",
                makeUp(twoDaysAgo, twoDaysAgo.plusSeconds(3600))).status()).isEqualTo(403);

        // A make-up within the schedule, then its correction: a new entry pointing at the old one.
        var madeUp = admin.post("api/v1/service-records/make-ups", makeUp(twoDaysAgo, twoDaysAgo.plusSeconds(7200)));
        assertThat(madeUp.status()).as(madeUp.toString()).isEqualTo(201);
        assertThat(madeUp.string("source")).isEqualTo("ADMIN_MAKE_UP");
        assertThat(madeUp.json().getInt("minutes")).isEqualTo(120);
        var corrected = admin.post("api/v1/service-records/" + madeUp.string("id") + "/corrections",
                "{\"start\":\"%s\",\"end\":\"%s\",\"scheduledMinutes\":120}".formatted(at(twoDaysAgo),
                        at(twoDaysAgo.plusSeconds(5400))));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
        assertThat(corrected.string("correctsId")).isEqualTo(madeUp.string("id"));
        assertThat(corrected.json().getInt("minutes")).isEqualTo(90);
        assertThat(corrected.json().getJsonNumber("sequence").longValue())
                .isGreaterThan(madeUp.json().getJsonNumber("sequence").longValue());
        assertThat(corrected.string("description")).isEqualTo("文明劝导");
        var again = admin.post("api/v1/service-records/" + madeUp.string("id") + "/corrections",
                "{\"start\":\"%s\",\"end\":\"%s\",\"scheduledMinutes\":120}".formatted(at(twoDaysAgo),
                        at(twoDaysAgo.plusSeconds(3600))));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getString("code")).isEqualTo("RECORD-ALREADY-CORRECTED");

        // The volunteer's minutes, by source: the check-in's and the corrected make-up's, kept apart.
        JsonObject after = totals(volunteer);
        assertThat(minutes(after, "SELF_CHECK_IN") - minutes(before, "SELF_CHECK_IN")).isEqualTo(served);
        assertThat(minutes(after, "ADMIN_MAKE_UP") - minutes(before, "ADMIN_MAKE_UP")).isEqualTo(90);
        assertThat(after.getJsonNumber("totalMinutes").longValue() - before.getJsonNumber("totalMinutes").longValue())
                .isEqualTo(served + 90);

        // A second code: checking out before checking in is answered like an unknown code; the volunteer checks in
        // and forgets to check out.
        Instant now1 = now0.plus(Duration.ofMinutes(45));
        Instant scheduledEnd = now1.plus(Duration.ofMinutes(35));
        var second = admin.post("api/v1/check-in-codes", """
                {"unitId":"%s","description":"文明劝导","where":"圆东村路口","scheduledStart":"%s","scheduledEnd":"%s"}"""
                .formatted(STATION, at(now1.plusSeconds(300)), at(scheduledEnd)));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        var notCheckedIn = volunteer.post("api/v1/service-records/check-outs",
                "{\"code\":\"%s\"}".formatted(second.string("code")));
        assertThat(notCheckedIn.status()).as(notCheckedIn.toString()).isEqualTo(404);
        assertThat(notCheckedIn.json().getString("code")).isEqualTo("RECORD-CODE-UNKNOWN");
        assertThat(notCheckedIn.json().getJsonObject("args")).isEqualTo(unknown.json().getJsonObject("args"));
        assertThat(notCheckedIn.json().getString("detail")).isEqualTo(unknown.json().getString("detail"));
        var forgotten = volunteer.post("api/v1/service-records/check-ins",
                "{\"code\":\"%s\"}".formatted(second.string("code")));
        assertThat(forgotten.status()).as(forgotten.toString()).isEqualTo(201);

        // The clock moves past the scheduled end and the check-out grace; the job closes the session.
        serverNow("PT2H");
        JsonObject review = awaitReviewOf(admin, forgotten.string("id"));
        assertThat(OffsetDateTime.parse(review.getString("end")))
                .isEqualTo(OffsetDateTime.parse(second.string("scheduledEnd")))
                .isCloseTo(scheduledEnd.atOffset(ZoneOffset.ofHours(8)), within(1, ChronoUnit.MILLIS));
        assertThat(review.getJsonArray("flags").getString(0)).isEqualTo("FORGOTTEN_CHECK_OUT_REVIEW");
        assertThat(review.getInt("minutes")).isZero();
        assertThat(review.getString("recordedBy")).isEqualTo("system");
        var late = volunteer.post("api/v1/service-records/check-outs",
                "{\"code\":\"%s\"}".formatted(second.string("code")));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().getString("code")).isEqualTo("RECORD-CODE-EXPIRED");
        assertThat(totals(volunteer).getInt("toReview")).isEqualTo(before.getInt("toReview") + 1);

        // The station's chain is intact.
        var verification = as("station-head").get("api/v1/units/" + STATION + "/service-records/verification");
        assertThat(verification.status()).as(verification.toString()).isEqualTo(200);
        assertThat(verification.json().getBoolean("valid")).isTrue();
        assertThat(verification.json().getInt("entries")).isGreaterThanOrEqualTo(6);
        assertThat(verification.json().get("firstBroken")).isIn(null, JsonValue.NULL);
    }

    @Test
    @DisplayName("R-ACC-2 five wrong check-in codes within ten minutes: 429 RECORD-CODE-THROTTLED with Retry-After, "
            + "for check-ins and check-outs, until the first is ten minutes old")
    void throttlesAnAccountThatTriesWrongCodes() {
        Api admin = as("station-admin");
        Api volunteer = as("volunteer");
        // Three hours on, wrong codes of the other test have left the window, and its records are far away.
        Instant now = serverNow("PT3H");
        var opened = admin.post("api/v1/check-in-codes", """
                {"unitId":"%s","description":"垃圾分类宣传","where":"圆东村文化礼堂",
                 "scheduledStart":"%s","scheduledEnd":"%s"}""".formatted(STATION, at(now.minusSeconds(300)),
                at(now.plusSeconds(3600))));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String code = opened.string("code");
        var checkedIn = volunteer.post("api/v1/service-records/check-ins", "{\"code\":\"%s\"}".formatted(code));
        assertThat(checkedIn.status()).as(checkedIn.toString()).isEqualTo(201);

        // Five wrong codes: unknown digits, a token nobody was given, and check-outs with codes never checked in with.
        for (String wrong : new String[] {"not-a-code", "000000", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}) {
            var refused = volunteer.post("api/v1/service-records/check-ins", "{\"code\":\"%s\"}".formatted(wrong));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
        }
        for (int i = 0; i < 2; i++) {
            var refused = volunteer.post("api/v1/service-records/check-outs", "{\"code\":\"999999\"}");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
        }

        // Now even the right code is refused, at check-out as at check-in, with the wait in seconds.
        for (String path : new String[] {"api/v1/service-records/check-outs", "api/v1/service-records/check-ins"}) {
            var throttled = volunteer.post(path, "{\"code\":\"%s\"}".formatted(code));
            assertThat(throttled.status()).as(throttled.toString()).isEqualTo(429);
            assertThat(throttled.contentType()).startsWith("application/problem+json");
            assertThat(throttled.json().getString("code")).isEqualTo("RECORD-CODE-THROTTLED");
            assertThat(throttled.json().getString("title")).isEqualTo("签到码错误次数过多");
            assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 600L)
                    .isEqualTo(Long.parseLong(throttled.json().getJsonObject("args").getString("retryAfterSeconds")));
        }

        // Another account is not held up; a quarter of an hour on, the volunteer checks out with the code.
        assertThat(admin.post("api/v1/service-records/check-ins", "{\"code\":\"%s\"}".formatted(code))
                .string("code")).isEqualTo("RECORD-NO-VOLUNTEER");
        serverNow("PT3H15M");
        var checkedOut = volunteer.post("api/v1/service-records/check-outs", "{\"code\":\"%s\"}".formatted(code));
        assertThat(checkedOut.status()).as(checkedOut.toString()).isEqualTo(201);
        assertThat(checkedOut.json().getInt("minutes")).isBetween(15, 16);
    }

    /** Shifts the portal's clock and returns its time. */
    private Instant serverNow(String offset) {
        var clock = as("station-head").put("api/v1/testing/clock", "{\"offset\":\"%s\"}".formatted(offset));
        assertThat(clock.status()).as(clock.toString()).isEqualTo(200);
        return Instant.parse(clock.string("now"));
    }

    private static String at(Instant instant) {
        return instant.atOffset(ZoneOffset.ofHours(8)).toString();
    }

    private static String makeUp(Instant start, Instant end) {
        return """
                {"volunteerId":"%s","unitId":"%s","description":"文明劝导","where":"圆东村路口",
                 "start":"%s","end":"%s","scheduledMinutes":120}""".formatted(VOLUNTEER, STATION, at(start), at(end));
    }

    private static JsonObject totals(Api volunteer) {
        var reply = volunteer.get("api/v1/volunteers/" + VOLUNTEER + "/service-records?limit=5");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonObject("totals");
    }

    private static long minutes(JsonObject totals, String source) {
        return totals.getJsonObject("minutesBySource").getJsonNumber(source).longValue();
    }

    /** Polls the station's review list until the job has closed the session (it runs every two seconds here). */
    private static JsonObject awaitReviewOf(Api admin, String session) {
        return ForgottenCheckOuts.awaitReviewOf(admin, STATION, session);
    }

    private HttpResponse<byte[]> binary(String user, String path) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":" + DemoData.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(Api.at(deployment).uri(path)).GET()
                .header("Authorization", "Basic " + auth).header("Accept", "image/png")
                .timeout(Duration.ofSeconds(60)).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private static String decodeQr(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))));
        return result.getText();
    }
}
