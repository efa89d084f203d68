package org.civility.portal;

import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Excel tools over REST: volunteer imports (bad files answer a coded problem and store nothing; rows are
 * registered in the background with REGISTER_VOLUNTEERS at the unit; the report names rows and codes), the import
 * template, and the service record export (staff who keep the unit's records, a bounded period).
 */
@ExtendWith(SharedPortal.class)
class ExcelToolsApiIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String[] HEADERS = {"姓名", "身份证号", "手机号"};
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    @SharedPortal.Url
    URL deployment;

    private Api as(String user) {
        return Api.at(deployment).as(user, DemoData.DEMO_PASSWORD);
    }

    private String imports(Object unit) {
        return "api/v1/units/" + unit + "/volunteer-imports";
    }

    @Test
    void aBadFileIsACodedProblemAndStoresNothing() throws Exception {
        Object point = DemoData.POINT_LIBRARY;
        int before = volunteersAt(point);

        var csv = as("institute-admin").postBytes(imports(point), XLSX,
                ("姓名,身份证号,手机号\n坏文件," + residentId() + ",13600000001\n").getBytes(StandardCharsets.UTF_8));
        assertThat(csv.status()).as(csv.toString()).isEqualTo(400);
        assertThat(csv.contentType()).startsWith("application/problem+json");
        assertThat(csv.string("code")).isEqualTo("IMPORT-NOT-XLSX");
        assertThat(csv.string("title")).isEqualTo("不是 Excel 文件");

        var columns = as("institute-admin").withHeader("Accept-Language", "en").postBytes(imports(point), XLSX,
                workbook(new String[]{"姓名", "电话"}, List.<String[]>of(new String[]{"缺列志愿者", "13600000002"})));
        assertThat(columns.status()).as(columns.toString()).isEqualTo(422);
        assertThat(columns.string("code")).isEqualTo("IMPORT-COLUMNS-MISSING");
        assertThat(columns.string("title")).isEqualTo("Required columns missing");
        assertThat(columns.string("detail")).contains("身份证号、手机号");

        var empty = as("institute-admin").postBytes(imports(point), XLSX, workbook(HEADERS, List.of()));
        assertThat(empty.status()).as(empty.toString()).isEqualTo(422);
        assertThat(empty.string("code")).isEqualTo("IMPORT-NO-ROWS");

        var csvType = as("institute-admin").postBytes(imports(point), "text/csv", "a,b".getBytes(StandardCharsets.UTF_8));
        assertThat(csvType.status()).as(csvType.toString()).isEqualTo(415);

        assertThat(volunteersAt(point)).isEqualTo(before);
    }

    @Test
    void importsInTheBackgroundAsTheUploaderAndReportsTheRowsNotImported() throws Exception {
        Object station = DemoData.STATION_YUANDONG;
        String good = residentId();
        byte[] file = workbook(HEADERS, List.of(
                new String[]{"接口导入甲", good, "13600000011"},
                new String[]{"接口导入乙", residentId(), "136000"},
                new String[]{"接口导入丙", good, "13600000013"}));

        // Only REGISTER_VOLUNTEERS at the unit may import there; core decides.
        var lecturer = as("lecturer").postBytes(imports(station), XLSX, file);
        assertThat(lecturer.status()).as(lecturer.toString()).isEqualTo(403);
        assertThat(lecturer.string("code")).isEqualTo("ACCESS-DENIED");
        var outside = as("station-admin").postBytes(imports(DemoData.INSTITUTE_YUANDONG), XLSX, file);
        assertThat(outside.status()).as(outside.toString()).isEqualTo(403);

        var started = as("station-admin").postBytes(imports(station), XLSX, file);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.header("Location")).contains("/volunteer-imports/" + started.string("id"));
        assertThat(started.json().getInt("total")).isEqualTo(3);

        String job = imports(station) + "/" + started.string("id");
        JsonObject done = await("the import " + job + " done").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> as("station-admin").get(job).json(), now -> now.getBoolean("done"));
        assertThat(done.getInt("processed")).isEqualTo(3);
        assertThat(done.getInt("imported")).isEqualTo(1);
        assertThat(done.getInt("failedCount")).isEqualTo(2);
        var failed = done.getJsonArray("failed");
        assertThat(failed.getJsonObject(0).getInt("row")).isEqualTo(3);
        assertThat(failed.getJsonObject(0).getString("code")).isEqualTo("VOLUNTEER-PHONE-FORMAT");
        assertThat(failed.getJsonObject(0).getString("title")).isEqualTo("手机号格式错误");
        assertThat(failed.getJsonObject(1).getInt("row")).isEqualTo(4);
        assertThat(failed.getJsonObject(1).getString("code")).isEqualTo("VOLUNTEER-ALREADY-REGISTERED");
        assertThat(failed.getJsonObject(1).getString("reason")).doesNotContain(good);

        // The report in English; other units' staff and unknown imports get nothing.
        var english = as("station-admin").withHeader("Accept-Language", "en").get(job).json();
        assertThat(english.getJsonArray("failed").getJsonObject(0).getString("title")).isEqualTo("Malformed mobile number");
        assertThat(as("chengnan-admin").get(job).status()).isEqualTo(403);
        var unknown = as("station-admin").get(imports(station) + "/" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.string("code")).isEqualTo("IMPORT-JOB-UNKNOWN");
    }

    @Test
    void theTemplateHasTheColumnHeaders() throws Exception {
        var template = as("institute-admin").getBytes("api/v1/units/" + DemoData.STATION_YUANDONG
                + "/volunteer-imports/template", XLSX);
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.contentType()).startsWith(XLSX);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            Row header = wb.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("姓名*");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("身份证号*");
            assertThat(wb.getSheet("说明")).isNotNull();
        }
    }

    @Test
    void exportsTheRecordsOfAUnitToItsStaffOverABoundedPeriod() throws Exception {
        String today = LocalDate.now().plusDays(1).toString();
        String station = "api/v1/units/" + DemoData.STATION_YUANDONG + "/service-records/export";
        var xlsx = as("station-admin").withHeader("Accept-Language", "en").getBytes(station + "?from=2025-01-01&to=" + today, XLSX);
        assertThat(xlsx.status()).as(xlsx.text()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith(XLSX);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Volunteer");
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(3);
        }

        var institute = as("station-admin").getBytes("api/v1/units/" + DemoData.INSTITUTE_YUANDONG
                + "/service-records/export?from=2025-01-01&to=" + today, XLSX);
        assertThat(institute.status()).isEqualTo(403);
        assertThat(institute.text()).contains("ACCESS-DENIED");
        for (String viewer : List.of("resident", "volunteer")) {
            var denied = as(viewer).getBytes(station + "?from=2025-01-01&to=" + today, XLSX);
            assertThat(denied.status()).as(viewer).isEqualTo(403);
            assertThat(denied.text()).as(viewer).contains("ACCESS-DENIED");
        }
        var reversed = as("station-admin").getBytes(station + "?from=2026-02-01&to=2026-01-01", XLSX);
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.text()).contains("RECORD-EXPORT-PERIOD");
        var missing = as("station-admin").getBytes(station + "?to=2026-01-01", XLSX);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text()).contains("REQUIRED");
    }

    private int volunteersAt(Object unit) {
        int count = 0;
        for (int offset = 0; ; offset += 200) {
            JsonObject page = as("institute-admin").get("api/v1/volunteers?unit=" + unit + "&limit=200&offset=" + offset)
                    .json();
            count += page.getJsonArray("items").size();
            if (!page.getBoolean("hasMore")) {
                return count;
            }
        }
    }

    /** An adult's ID number: 330183, a random birth date 20 to 60 years ago, a random sequence, the check character. */
    private static String residentId() {
        LocalDate birth = LocalDate.now().minusYears(20).minusDays(ThreadLocalRandom.current().nextInt(365 * 40));
        String first17 = "330183" + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                + "%03d".formatted(ThreadLocalRandom.current().nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private static byte[] workbook(String[] headers, List<String[]> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet();
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            List<String[]> all = new ArrayList<>(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < all.get(r).length; i++) {
                    row.createCell(i).setCellValue(all.get(r)[i]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
