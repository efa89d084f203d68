package org.civility.portal.browser;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civility.portal.Api;
import org.civility.portal.SharedPortal;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The institute administrator's Excel tools in a desktop Chromium: 1,000 volunteers imported from a workbook (7 rows
 * wrong in 7 ways) while a progress bar advances, the report listing the 7 rows by number and reason; then the
 * service records of the institute's subtree exported to a workbook that POI reads back.
 */
@ExtendWith(SharedPortal.class)
class InstituteJourneyIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String[] HEADERS = {"姓名*", "身份证号*", "手机号*", "来源", "特长", "监护人姓名", "监护人手机号",
            "监护人关系", "监护人同意日期"};
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    /** The 7 wrong rows (as the spreadsheet numbers them) and the code each must be reported with. */
    private static final Map<Integer, String> WRONG = Map.of(
            11, "VOLUNTEER-ID-CHECK-DIGIT",
            101, "VOLUNTEER-NAME-INVALID",
            201, "VOLUNTEER-GUARDIAN-CONSENT",
            301, "VOLUNTEER-ALREADY-REGISTERED",
            401, "VOLUNTEER-PHONE-FORMAT",
            501, "IMPORT-VALUE-UNKNOWN",
            601, "IMPORT-GUARDIAN-INCOMPLETE");

    @SharedPortal.Url(SharedPortal.BROWSER)
    URL deployment;

    @Test
    void importsAThousandVolunteersWithAProgressBarAndExportsTheSubtreesRecords() throws Exception {
        Path work = Files.createTempDirectory("institute-journey");
        Path downloads = Files.createDirectories(work.resolve("downloads"));
        List<String[]> people = thousandPeopleWithSevenMistakes();
        Path xlsx = work.resolve("志愿者名单.xlsx");
        writeWorkbook(xlsx, people);
        String point = DemoData.POINT_LIBRARY.toString();

        try (Browser browser = Browser.open(deployment, Browser.DESKTOP).downloadTo(downloads)) {
            WebDriver d = browser.driver();
            browser.signIn("institute-admin");
            // The journey starts on the subtree at a glance (its numbers are checked in DashboardJourneyIT).
            browser.waitReady("overview");
            browser.waitFor(By.cssSelector("#page-overview .chart canvas"));
            assertThat(d.findElements(By.cssSelector("#nav-list a[href='#/institute-import']"))).hasSize(1);
            browser.go("institute-import");
            assertThat(d.findElement(By.cssSelector("label[for=import-file]")).getText()).isEqualTo("Excel 文件");
            assertEveryControlLabelled(browser);

            // A file that is no workbook: a coded error on screen, nothing imported.
            Path text = work.resolve("名单.xlsx");
            Files.writeString(text, "姓名,身份证号,手机号\n张三,1,1\n");
            new Select(d.findElement(By.id("import-unit"))).selectByValue(point);
            d.findElement(By.id("import-file")).sendKeys(text.toAbsolutePath().toString());
            d.findElement(By.id("import-start")).click();
            assertThat(browser.waitFor(By.cssSelector("#import-form .alert .error-code")).getText())
                    .isEqualTo("IMPORT-NOT-XLSX");
            assertThat(d.findElement(By.cssSelector("#import-form .alert strong")).getText()).isEqualTo("不是 Excel 文件");
            assertThat(d.findElement(By.id("import-progress-box")).isDisplayed()).isFalse();

            // The unit: the library practice point, two levels below the institute.
            WebElement input = d.findElement(By.id("import-file"));
            input.clear();
            input.sendKeys(xlsx.toAbsolutePath().toString());
            // Every value the bar takes, recorded in the page as it changes.
            browser.script("""
                    window.__progress = [];
                    const bar = document.getElementById('import-progress');
                    new MutationObserver(() => window.__progress.push([bar.value, bar.max]))
                        .observe(bar, {attributes: true, attributeFilter: ['value', 'max']});""");
            d.findElement(By.id("import-start")).click();

            // Sample the bar from outside as well, until the report appears.
            // (Read with scripts: a lookup through the driver would wait for the import to settle.)
            List<Double> sampled = new ArrayList<>();
            new WebDriverWait(d, Duration.ofSeconds(120), Duration.ofMillis(40)).withMessage("the import's report")
                    .until(x -> {
                        Object v = browser.script("const b = document.getElementById('import-progress');"
                                + " return b.closest('[hidden]') ? null : b.value;");
                        if (v instanceof Number n) {
                            sampled.add(n.doubleValue());
                        }
                        return Boolean.TRUE.equals(browser.script("return !!document.getElementById('import-summary');"));
                    });
            WebElement summary = browser.waitFor(By.id("import-summary"));
            assertThat(summary.getText()).contains("共 1000 行").contains("已导入 993 人").contains("7 行未导入");
            WebElement bar = d.findElement(By.id("import-progress"));
            assertThat(bar.getAttribute("max")).isEqualTo("1000");
            assertThat(bar.getAttribute("value")).isEqualTo("1000");
            assertThat(d.findElement(By.id("import-progress-text")).getText()).isEqualTo("已处理 1000 / 1000 行");
            assertThat(d.findElements(By.cssSelector("#import-form .alert"))).isEmpty();
            assertThat(d.switchTo().activeElement().getAttribute("id")).isEqualTo("import-summary");

            @SuppressWarnings("unchecked")
            List<List<Number>> observed = (List<List<Number>>) browser.script("return window.__progress;");
            Set<Double> intermediate = new LinkedHashSet<>();
            observed.stream().filter(p -> p.get(1).doubleValue() == 1000).map(p -> p.get(0).doubleValue())
                    .filter(v -> v > 0 && v < 1000).forEach(intermediate::add);
            sampled.stream().filter(v -> v > 0 && v < 1000).forEach(intermediate::add);
            System.out.println("InstituteJourneyIT: progress values observed " + observed.stream()
                    .map(p -> p.get(0) + "/" + p.get(1)).toList() + ", sampled " + new LinkedHashSet<>(sampled));
            // Imports register 100 rows a transaction and a thousand rows take well under a second here: the bar,
            // polled every 100 ms, shows at least one value between 0 and the end before it completes.
            assertThat(intermediate).as("values between 0 and max while running").isNotEmpty();
            assertThat(observed.get(observed.size() - 1).get(0).doubleValue()).isEqualTo(1000);

            // The report: the 7 rows by number, each with its code and a reason in Chinese.
            List<WebElement> failures = d.findElements(By.cssSelector("#import-failures tbody tr"));
            assertThat(failures).hasSize(7);
            Map<Integer, String> shown = failures.stream().collect(Collectors.toMap(
                    tr -> Integer.parseInt(tr.findElements(By.tagName("td")).get(0).getText()),
                    tr -> tr.findElements(By.tagName("td")).get(1).getText()));
            assertThat(shown).isEqualTo(WRONG);
            assertThat(d.findElement(By.id("import-failures")).getText())
                    .contains("身份证号校验码错误", "姓名无效", "需要监护人同意", "身份证号已注册", "手机号格式错误",
                            "取值无效", "宇航员", "监护人信息不完整");
            assertThat(d.findElement(By.id("import-failures-title")).getText()).isEqualTo("未导入的行（7 行）");
            browser.screenshot("institute-import");

            // Through the API: the 993 are registered at the point, the 7 are not.
            Api admin = Api.at(deployment).as("institute-admin", DemoData.DEMO_PASSWORD);
            Set<String> ids = new HashSet<>();
            Set<String> names = new HashSet<>();
            for (int offset = 0; ; offset += 200) {
                JsonObject page = admin.get("api/v1/volunteers?unit=" + point + "&limit=200&offset=" + offset).json();
                for (JsonValue v : page.getJsonArray("items")) {
                    names.add(v.asJsonObject().getString("realName"));
                    ids.add(v.asJsonObject().getString("residentIdNumber"));
                }
                if (!page.getBoolean("hasMore")) {
                    break;
                }
            }
            for (int i = 0; i < people.size(); i++) {
                String[] p = people.get(i);
                int row = i + 2;
                if (WRONG.containsKey(row)) {
                    if (!p[0].isEmpty()) {
                        assertThat(names).as("row %d", row).doesNotContain(p[0]);
                    }
                } else {
                    assertThat(names).as("row %d", row).contains(p[0]);
                    assertThat(ids).as("row %d", row).contains(p[1]);
                }
            }
            assertThat(names.stream().filter(n -> n.startsWith("导入志愿者"))).hasSize(993);
            assertThat(names).doesNotContain(people.get(299)[0]);

            // The export: the institute and every unit below it, 2025-01-01 to today.
            browser.go("institute-export");
            assertThat(new Select(d.findElement(By.id("export-unit"))).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo(DemoData.INSTITUTE_YUANDONG.toString());
            assertEveryControlLabelled(browser);
            String today = LocalDate.now(SHANGHAI).toString();
            setDate(browser, "export-from", "2025-01-01");
            setDate(browser, "export-to", today);
            d.findElement(By.id("export-start")).click();
            String fileName = "服务记录-2025-01-01-" + today + ".xlsx";
            assertThat(browser.waitFor(By.id("export-done")).getText()).isEqualTo("已导出 " + fileName + "。");
            Path file = downloads.resolve(fileName);
            browser.until("the download of " + file, x -> Files.isRegularFile(file) && noPartialDownloads(downloads));
            browser.screenshot("institute-export");

            List<Map<String, String>> rows = readExport(file);
            assertThat(rows).allSatisfy(r -> assertThat(r.get("记录单位"))
                    .isIn("圆东镇新时代文明实践所", "圆东村新时代文明实践站", "圆东村农家书屋实践点"));
            assertThat(rows).noneMatch(r -> r.values().stream().anyMatch(v -> v.matches(".*\\d{17}[0-9X].*")));
            List<Map<String, String>> haircuts = rows.stream().filter(r -> r.get("服务内容").equals("为老人理发")).toList();
            assertThat(haircuts).singleElement().satisfies(r -> {
                assertThat(r.get("志愿者")).isEqualTo("周晓明");
                assertThat(r.get("时长（分钟）")).isEqualTo("90");
                assertThat(r.get("来源")).isEqualTo("管理员补录");
                assertThat(r.get("状态")).isEqualTo("已完成");
                assertThat(r.get("开始时间")).isEqualTo("2025-06-20 14:00");
                assertThat(r.get("结束时间")).isEqualTo("2025-06-20 15:30");
            });
            assertThat(rows).filteredOn(r -> r.get("服务内容").equals("农家书屋图书整理")).singleElement()
                    .satisfies(r -> assertThat(r.get("记录单位")).isEqualTo("圆东村农家书屋实践点"));
            assertThat(rows).filteredOn(r -> r.get("服务内容").equals("留守儿童课业辅导")).hasSize(10)
                    .allSatisfy(r -> {
                        assertThat(r.get("志愿者")).isEqualTo("林雨萱");
                        assertThat(r.get("时长（分钟）")).isEqualTo("180");
                        assertThat(r.get("来源")).isEqualTo("本人签到");
                    });
            assertThat(rows).filteredOn(r -> r.get("服务内容").equals("敬老院助老服务")).hasSize(26);
            assertThat(rows).extracting(r -> r.get("开始时间")).isSorted();
        }
    }

    /** Every input, select and the progress bar in the page has a label; every button has a text. */
    private static void assertEveryControlLabelled(Browser browser) {
        Object unlabelled = browser.script("""
                return [...document.querySelectorAll('main input, main select, main progress')]
                    .filter(c => !c.id || !document.querySelector(`label[for="${c.id}"]`)?.textContent.trim())
                    .map(c => c.outerHTML)
                    .concat([...document.querySelectorAll('main button')].filter(b => !b.textContent.trim())
                        .map(b => b.outerHTML));""");
        assertThat((List<?>) unlabelled).isEmpty();
    }

    private static void setDate(Browser browser, String id, String value) {
        browser.script("const i = document.getElementById(arguments[0]); i.value = arguments[1];"
                + " i.dispatchEvent(new Event('input', {bubbles: true})); i.dispatchEvent(new Event('change', {bubbles: true}));",
                id, value);
    }

    private static boolean noPartialDownloads(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.noneMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
        } catch (IOException e) {
            return false;
        }
    }

    /** The export's rows as header → text, as Excel shows them. */
    private static List<Map<String, String>> readExport(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            Row header = sheet.getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).startsWith("记录序号", "志愿者", "记录单位", "服务内容", "服务地点", "开始时间", "结束时间",
                    "时长（分钟）", "来源", "状态");
            List<Map<String, String>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> cells = new java.util.LinkedHashMap<>();
                for (int c = 0; c < headers.size(); c++) {
                    cells.put(headers.get(c), row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    /**
     * 1,000 adults named 导入志愿者0001…, except (spreadsheet rows): 11 a wrong check character, 101 no name, 201 a
     * 15-year-old without a guardian's consent, 301 the ID number of row 2 again, 401 a short phone number, 501 an
     * unknown origin, 601 a guardian without phone number; row 701 is a 15-year-old with a guardian's consent.
     */
    private static List<String[]> thousandPeopleWithSevenMistakes() {
        List<String[]> people = new ArrayList<>();
        LocalDate firstBirth = LocalDate.of(1960, 1, 1);
        for (int i = 1; i <= 1000; i++) {
            String id = residentId(firstBirth.plusDays(i * 13L), i % 1000);
            people.add(new String[]{"导入志愿者%04d".formatted(i), id, "137%08d".formatted(i), "居民", "助老、文艺",
                    "", "", "", ""});
        }
        LocalDate minor = LocalDate.now(SHANGHAI).minusYears(15).minusDays(30);
        String[] r11 = row(people, 11);
        r11[1] = r11[1].substring(0, 17) + (r11[1].charAt(17) == '0' ? '1' : '0');
        row(people, 101)[0] = "";
        row(people, 201)[1] = residentId(minor, 201);
        row(people, 301)[1] = row(people, 2)[1];
        row(people, 401)[2] = "1370000";
        row(people, 501)[3] = "宇航员";
        String[] r601 = row(people, 601);
        r601[1] = residentId(minor, 601);
        r601[5] = "张监护";
        r601[7] = "父亲";
        r601[8] = "2026-09-01";
        String[] r701 = row(people, 701);
        r701[1] = residentId(minor, 701);
        r701[5] = "李监护";
        r701[6] = "13900000701";
        r701[7] = "母亲";
        r701[8] = "2026-09-01";
        return people;
    }

    private static String[] row(List<String[]> people, int spreadsheetRow) {
        return people.get(spreadsheetRow - 2);
    }

    /** 330182, the birth date, a sequence number and the GB 11643 check character. */
    private static String residentId(LocalDate birth, int sequence) {
        String first17 = "330182" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(sequence % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private static void writeWorkbook(Path file, List<String[]> people) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("志愿者");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
            }
            for (int r = 0; r < people.size(); r++) {
                Row row = sheet.createRow(r + 1);
                String[] cells = people.get(r);
                for (int i = 0; i < cells.length; i++) {
                    if (!cells[i].isEmpty()) {
                        row.createCell(i).setCellValue(cells[i]);
                    }
                }
            }
            wb.write(out);
        }
    }
}
