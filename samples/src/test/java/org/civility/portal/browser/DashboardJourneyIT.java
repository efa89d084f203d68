package org.civility.portal.browser;

import jakarta.json.JsonObject;
import org.civility.portal.Api;
import org.civility.portal.SharedPortal;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff's start pages in a desktop window: the station head lands on the station's month, the institute's
 * administrator and the center's head on their overview. The charts are drawn (ECharts instances on painted
 * canvases) and their text alternatives carry the numbers the REST endpoints answer, which the demo data makes
 * non-zero. Also checks the endpoints' guard (VIEW at the unit) and the care-only field.
 */
@ExtendWith(SharedPortal.class)
class DashboardJourneyIT {

    private static final String PASSWORD = "civility-demo";

    /** For each .chart: whether an ECharts instance owns it and how many of its canvas pixels are painted. */
    private static final String CHARTS = """
            return [...document.querySelectorAll('main .chart')].map(el => {
              const canvas = el.querySelector('canvas');
              let painted = 0;
              if (canvas) {
                const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
              }
              return { id: el.id, instance: !!(window.echarts && echarts.getInstanceByDom(el)), painted,
                       label: el.getAttribute('aria-label') || '' };
            });""";

    /** The rows of a data table as data-key (of the first cell) -> number in the given column. */
    private static final String TABLE = """
            const [id, column] = arguments;
            const out = {};
            document.querySelectorAll('#' + id + ' tbody tr').forEach(tr => {
              out[tr.cells[0].querySelector('[data-key]').dataset.key] = tr.cells[column].textContent.trim();
            });
            return out;""";

    @SharedPortal.Url(SharedPortal.BROWSER)
    URL deployment;

    @Test
    void stationHeadLandsOnTheMonthWithChartsAndTheirNumbers() {
        Api head = Api.at(deployment).as("station-head", PASSWORD);
        var reply = head.get("api/v1/units/" + DemoData.STATION_YUANDONG + "/dashboard");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject month = reply.json();
        assertThat(month.getInt("activities")).isPositive();
        assertThat(month.getJsonObject("lectures").getInt("held")).isPositive();
        assertThat(month.getInt("orders")).isPositive();
        assertThat(month.getInt("overdueVisits")).isPositive();
        assertThat(month.getJsonObject("hours").getJsonNumber("minutes").longValue()).isPositive();

        try (Browser browser = Browser.open(deployment, Browser.DESKTOP)) {
            WebDriver d = browser.driver();
            browser.signIn("station-head");
            browser.waitReady("station-dashboard");
            assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("实践站月度看板");
            assertThat(d.findElement(By.id("dashboard-lead")).getText()).contains("圆东村新时代文明实践站");

            assertChartsDrawn(browser, "chart-forms", "chart-themes", "chart-orders");
            assertThat(numbers(browser, "table-forms", 1)).isEqualTo(counts(month, "activitiesByForm"));
            assertThat(numbers(browser, "table-themes", 1)).isEqualTo(counts(month, "activitiesByTheme"));
            assertThat(numbers(browser, "table-orders", 1)).isEqualTo(counts(month, "ordersByStatus"));
            assertThat(text(d, "stat-activities")).isEqualTo(String.valueOf(month.getInt("activities")));
            assertThat(text(d, "stat-lectures")).isEqualTo(String.valueOf(month.getJsonObject("lectures").getInt("held")));
            assertThat(text(d, "stat-orders")).isEqualTo(String.valueOf(month.getInt("orders")));
            assertThat(text(d, "stat-overdue")).isEqualTo(String.valueOf(month.getInt("overdueVisits")));
            assertThat(Double.parseDouble(text(d, "stat-hours")))
                    .isEqualTo(month.getJsonObject("hours").getJsonNumber("hours").doubleValue());
            // The chart's label reads out its numbers: 讲 with its count.
            int lectures = counts(month, "activitiesByForm").get("LECTURE");
            assertThat(label(browser, "chart-forms")).contains("按实践形式统计的活动", "讲（宣讲） " + lectures);
            assertThat(d.findElement(By.cssSelector("figure[aria-labelledby=forms-caption] figcaption")).getText())
                    .isEqualTo("按实践形式统计的活动（讲评帮乐庆）");
            browser.screenshot("station-dashboard");

            // Keyboard: the month field and the button are reachable by Tab, and Enter shows the month.
            BrowserShellIT.tabTo(d, "dashboard-month");
            assertThat(d.findElement(By.cssSelector("label[for=dashboard-month]")).getText()).isEqualTo("月份");
            BrowserShellIT.tabTo(d, "dashboard-show");
            new Actions(d).sendKeys(Keys.ENTER).perform();
            browser.until("the address of the month " + month.getString("month"),
                    x -> x.getCurrentUrl().contains("month=" + month.getString("month")));
            browser.waitReady("station-dashboard");
            assertChartsDrawn(browser, "chart-forms", "chart-themes", "chart-orders");

            // The large-text mode redraws the charts' labels larger.
            String labelSize = "return echarts.getInstanceByDom(document.getElementById('chart-forms')).getOption().xAxis[0].axisLabel.fontSize;";
            double before = ((Number) browser.script(labelSize)).doubleValue();
            d.findElement(By.id("toggle-large-text")).click();
            browser.until("chart labels at least 1.3 × " + before + " px in large text",
                    x -> ((Number) browser.script(labelSize)).doubleValue() >= before * 1.3);
            assertChartsDrawn(browser, "chart-forms", "chart-themes", "chart-orders");
            d.findElement(By.id("toggle-large-text")).click();

            // In English the same numbers, labelled from the English bundle.
            d.findElement(By.id("toggle-language")).click();
            browser.waitForText(By.tagName("h1"), "Station month");
            browser.waitReady("station-dashboard");
            assertChartsDrawn(browser, "chart-forms", "chart-themes", "chart-orders");
            assertThat(label(browser, "chart-forms")).contains("Lecture " + lectures);
            assertThat(numbers(browser, "table-forms", 1)).isEqualTo(counts(month, "activitiesByForm"));
            d.findElement(By.id("toggle-language")).click();
            browser.waitForText(By.tagName("h1"), "实践站月度看板");
        }
    }

    @Test
    void theEndpointsAnswerOnlyWithinTheSubtreeAndShowCareNumbersToCareStaffOnly() {
        String path = "api/v1/units/" + DemoData.STATION_YUANDONG + "/dashboard";
        var duty = Api.at(deployment).as("duty-staff", PASSWORD).get(path);
        assertThat(duty.status()).as(duty.toString()).isEqualTo(200);
        assertThat(duty.json().containsKey("overdueVisits") && !duty.json().isNull("overdueVisits")).isFalse();
        assertThat(duty.json().getInt("activities")).isPositive();

        var stranger = Api.at(deployment).as("chengnan-admin", PASSWORD).get(path);
        assertThat(stranger.status()).as(stranger.toString()).isEqualTo(403);
        assertThat(stranger.string("code")).isEqualTo("ACCESS-DENIED");
        var overview = Api.at(deployment).as("station-head", PASSWORD)
                .get("api/v1/units/" + DemoData.INSTITUTE_YUANDONG + "/overview");
        assertThat(overview.status()).as(overview.toString()).isEqualTo(403);

        var malformed = Api.at(deployment).as("station-head", PASSWORD).get(path + "?month=2026-13");
        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
        var anonymous = Api.at(deployment).get(path);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void instituteAdministratorAndCenterHeadLandOnTheirOverview() {
        JsonObject institute = overview("institute-admin", DemoData.INSTITUTE_YUANDONG.toString());
        assertThat(institute.getInt("stationCount")).isEqualTo(2);
        assertThat(institute.getJsonArray("escalated")).isNotEmpty();
        List<JsonObject> stations = institute.getJsonArray("stations").getValuesAs(JsonObject.class);
        assertThat(stations).anySatisfy(s -> assertThat(s.getInt("lectures")).isPositive());
        assertThat(stations).allSatisfy(s -> assertThat(s.getInt("activities")).isPositive());

        try (Browser browser = Browser.open(deployment, Browser.DESKTOP)) {
            WebDriver d = browser.driver();
            browser.signIn("institute-admin");
            browser.waitReady("overview");
            assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("辖区总览");
            assertChartsDrawn(browser, "chart-station-lectures", "chart-station-activities", "chart-commendation");
            Map<String, Integer> lectures = new HashMap<>();
            Map<String, Integer> activities = new HashMap<>();
            stations.forEach(s -> {
                lectures.put(s.getString("station"), s.getInt("lectures"));
                activities.put(s.getString("station"), s.getInt("activities"));
            });
            assertThat(numbers(browser, "table-station-lectures", 1)).isEqualTo(lectures);
            assertThat(numbers(browser, "table-station-activities", 1)).isEqualTo(activities);
            assertThat(d.findElements(By.cssSelector("#table-escalated tbody tr")))
                    .hasSize(institute.getJsonArray("escalated").size());
            assertThat(text(d, "stat-escalated")).isEqualTo(String.valueOf(institute.getJsonArray("escalated").size()));
            assertThat(d.findElement(By.id("table-station-lectures")).getText()).contains("未达标", "已达标");
            assertThat(d.findElement(By.id("table-commendation")).getText()).contains("周晓明");
            assertThat(label(browser, "chart-commendation")).contains("周晓明");
            browser.screenshot("institute-overview");
            browser.script("document.getElementById('stations-heading').scrollIntoView();");
            browser.screenshot("institute-overview-tables");

            // A station's name leads to its month, which the institute may view.
            d.findElement(By.linkText("圆西村新时代文明实践站")).click();
            browser.waitReady("station-dashboard");
            assertThat(d.findElement(By.id("dashboard-lead")).getText()).contains("圆西村新时代文明实践站");
            assertChartsDrawn(browser, "chart-forms", "chart-themes", "chart-orders");
        }

        JsonObject center = overview("center-head", DemoData.CENTER.toString());
        try (Browser browser = Browser.open(deployment, Browser.DESKTOP)) {
            WebDriver d = browser.driver();
            browser.signIn("center-head");
            browser.waitReady("overview");
            assertChartsDrawn(browser, "chart-station-lectures", "chart-station-activities", "chart-commendation");
            assertThat(text(d, "stat-stations")).isEqualTo(String.valueOf(center.getInt("stationCount")));
            assertThat(text(d, "stat-escalated")).isEqualTo(String.valueOf(center.getJsonArray("escalated").size()));
            assertThat(d.findElement(By.id("dashboard-lead")).getText()).contains("示范县新时代文明实践中心");
            browser.screenshot("center-overview");
        }
    }

    private JsonObject overview(String user, String unit) {
        var reply = Api.at(deployment).as(user, PASSWORD).get("api/v1/units/" + unit + "/overview");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    @SuppressWarnings("unchecked")
    private static void assertChartsDrawn(Browser browser, String... ids) {
        List<Map<String, Object>> charts = (List<Map<String, Object>>) browser.script(CHARTS);
        assertThat(charts).extracting(c -> c.get("id")).containsExactlyInAnyOrder((Object[]) ids);
        assertThat(charts).allSatisfy(c -> {
            assertThat(c.get("instance")).as("ECharts instance of " + c.get("id")).isEqualTo(true);
            assertThat(((Number) c.get("painted")).longValue()).as("painted pixels of " + c.get("id")).isGreaterThan(500);
            assertThat((String) c.get("label")).as("label of " + c.get("id")).isNotBlank();
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> numbers(Browser browser, String table, int column) {
        Map<String, Object> raw = (Map<String, Object>) browser.script(TABLE, table, column);
        Map<String, Integer> out = new HashMap<>();
        raw.forEach((k, v) -> out.put(k, Integer.parseInt((String) v)));
        assertThat(out).as(table).isNotEmpty();
        return out;
    }

    private static Map<String, Integer> counts(JsonObject json, String field) {
        Map<String, Integer> out = new HashMap<>();
        json.getJsonArray(field).getValuesAs(JsonObject.class).forEach(c -> out.put(c.getString("key"), c.getInt("count")));
        return out;
    }

    private static String label(Browser browser, String id) {
        return (String) browser.script("return document.getElementById(arguments[0]).getAttribute('aria-label');", id);
    }

    private static String text(WebDriver d, String id) {
        WebElement e = d.findElement(By.id(id));
        return e.getText().trim();
    }
}
