package org.civility.portal;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 乐 recreation activity with one place: sign-up, waiting list, promotion; planning access; a seasonal programme;
 * the record a held activity keeps and its month's report (R-ACT-1).
 */
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

    @Test
    @DisplayName("R-ACT-1 a held activity keeps its record: attendance from a check-in and a name by hand, a photo, "
            + "a summary; the station's month exports as PDF and Excel")
    void aHeldActivityKeepsItsRecordAndTheMonthExports() throws IOException {
        Api admin = as("station-admin");
        String title = "重阳敬老文艺汇演 " + UUID.randomUUID().toString().substring(0, 8);
        // a day of 2024 of its own (other tests' entries of the demo volunteer lie elsewhere), two hours
        ThreadLocalRandom random = ThreadLocalRandom.current();
        OffsetDateTime start = OffsetDateTime.of(2024, 1, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8))
                .plusDays(random.nextInt(360)).plusMinutes(random.nextInt(480));
        OffsetDateTime end = start.plusHours(2);
        YearMonth month = YearMonth.from(start);
        String id = admin.post("api/v1/activities", """
                {"unit":"%s","form":"RECREATION","themes":["CULTURE","MORALITY"],"title":"%s",
                 "description":"为村里老人表演节目","start":"%s","end":"%s"}
                """.formatted(DemoData.STATION_YUANDONG, title, start, end)).json().getString("id");
        String record = "api/v1/activities/" + id + "/record";

        // a planned activity keeps no record
        var early = admin.put(record, "{\"summary\":\"尚未举办\",\"names\":[]}");
        assertThat(early.status()).as(early.toString()).isEqualTo(422);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.json().getString("code")).isEqualTo("ACTIVITY-RECORD-NOT-HELD");

        // given: it was held, and the demo volunteer's time there made up as a check-in would record it
        assertThat(admin.post("api/v1/activities/" + id + "/held", null).status()).isEqualTo(200);
        var madeUp = admin.post("api/v1/service-records/make-ups", """
                {"volunteerId":"%s","unitId":"%s","activityId":"%s","description":"文艺汇演","where":"圆东村文化礼堂",
                 "start":"%s","end":"%s","scheduledMinutes":120}"""
                .formatted(DemoData.DEMO_VOLUNTEER, DemoData.STATION_YUANDONG, id, start, end));
        assertThat(madeUp.status()).as(madeUp.toString()).isEqualTo(201);

        // when: the station keeps its record with a name signed in by hand
        var kept = admin.withHeader("If-Match", "\"0\"").put(record, """
                {"summary":"为老人表演节目二十余个，送上慰问品。","names":["王秀英"]}""");

        // then attendance counts the check-in and the name
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        assertThat(kept.header("ETag")).contains("1");
        assertThat(kept.json().getInt("attendance")).isEqualTo(2);
        assertThat(kept.json().getJsonArray("checkedIn").getJsonObject(0).getString("volunteerId"))
                .isEqualTo(DemoData.DEMO_VOLUNTEER.toString());
        assertThat(kept.json().getJsonArray("namesAddedByHand").getValuesAs(JsonString::getString))
                .containsExactly("王秀英");
        assertThat(kept.json().getBoolean("complete")).as("no photo yet").isFalse();

        // a file that is no picture is refused, whatever its declared type
        var notAPicture = admin.postBytes(record + "/photos?name=photo.png", "image/png",
                "MZ\u0090 this is no picture".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(notAPicture.status()).as(notAPicture.toString()).isEqualTo(422);
        assertThat(notAPicture.json().getString("code")).isEqualTo("ACTIVITY-RECORD-PHOTO-TYPE");

        // when: a photo is added, with the version read
        byte[] png = aPng();
        var photo = admin.withHeader("If-Match", kept.header("ETag")).postBytes(record + "/photos?name="
                + URLEncoder.encode("合影.png", StandardCharsets.UTF_8), "image/png", png);

        // then the record is complete, and the photo reads back byte for byte
        assertThat(photo.status()).as(photo.toString()).isEqualTo(201);
        assertThat(photo.json().getBoolean("complete")).isTrue();
        String location = photo.header("Location");
        assertThat(location).contains("/" + record + "/photos/");
        var picture = as("resident").getBytes(location.replaceFirst("^.*/api/", "api/"), "image/png");
        assertThat(picture.status()).as(picture.toString()).isEqualTo(200);
        assertThat(picture.contentType()).startsWith("image/png");
        assertThat(picture.body()).isEqualTo(png);

        // a resident reads the record without the names; a stale version and a resident's change are refused
        var read = as("resident").get(record);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().getInt("attendance")).isEqualTo(2);
        assertThat(read.json().get("checkedIn")).as("names only for those who manage the activities")
                .isIn(null, jakarta.json.JsonValue.NULL);
        assertThat(read.json().get("namesAddedByHand")).isIn(null, jakarta.json.JsonValue.NULL);
        assertThat(read.json().getJsonArray("photos")).hasSize(1);
        assertThat(read.header("ETag")).contains("2");
        var stale = admin.withHeader("If-Match", kept.header("ETag")).put(record, "{\"summary\":\"x\"}");
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.json().getString("code")).isEqualTo("STALE-VERSION");
        assertThat(as("resident").put(record, "{\"summary\":\"x\"}").status()).isEqualTo(403);

        // the station's month as JSON, PDF and Excel, each holding the activity
        String report = "api/v1/units/" + DemoData.STATION_YUANDONG + "/activity-records?month=" + month;
        var json = admin.get(report);
        assertThat(json.status()).as(json.toString()).isEqualTo(200);
        assertThat(json.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(r -> {
                    assertThat(r.getString("activityId")).isEqualTo(id);
                    assertThat(r.getBoolean("complete")).isTrue();
                });
        var pdf = admin.getBytes(report, "application/pdf");
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("新时代文明实践活动台账", title, "王秀英");
        }
        var xlsx = admin.getBytes(report, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<String> titles = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                titles.add(new DataFormatter().formatCellValue(row.getCell(4)));
            }
            assertThat(titles).contains(title);
        }
        var denied = as("resident").getBytes(report, "application/pdf");
        assertThat(denied.status()).isEqualTo(403);
    }

    /** A small real PNG: 32 × 24 pixels. */
    private static byte[] aPng() throws IOException {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 32, 24);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
