package org.civility.portal.browser;

import jakarta.json.JsonObject;
import org.civility.portal.Api;
import org.civility.portal.SharedPortal;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The red-and-white affairs council (红白理事会, R-CELE-1) in a desktop Chromium, in Chinese: the station's administrator
 * registers a modest wedding, then one over the village's limits (村规民约), which is recorded and shown flagged with
 * each limit it breaks; records the council's persuasion visit (劝导); sees the station's ceremonies with their status
 * and the year's festivals (我们的节日). Every result is checked on screen and through the API.
 */
@ExtendWith(SharedPortal.class)
class CeremonyJourneyIT {

    private static final String STATION = DemoData.STATION_YUANDONG.toString();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @SharedPortal.Url(SharedPortal.BROWSER)
    URL deployment;

    @Test
    void councilRegistersAWeddingWithinAndOneOverTheLimitsAndRecordsItsPersuasionVisit() {
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(10_000, 100_000));
        String modest = "张建军" + tag;
        String lavish = "李富贵" + tag;
        LocalDate date = LocalDate.now(SHANGHAI).plusDays(20);
        Api admin = Api.at(deployment).as("station-admin", DemoData.DEMO_PASSWORD);

        try (Browser browser = Browser.open(deployment, Browser.DESKTOP)) {
            WebDriver d = browser.driver();
            browser.signIn("station-admin");
            d.findElement(By.cssSelector("#nav-list a[href='#/station-ceremonies']")).click();
            browser.waitReady("station-ceremonies");

            // Within the village's limits: registered.
            register(browser, "WEDDING", modest, date, 8, "100", 1);
            browser.waitForText(By.cssSelector(".notice"), "已登记：" + modest + "，未超出村规民约限额");
            assertThat(d.findElement(By.id("ceremony-status")).getText()).isEqualTo("已登记");
            assertThat(d.findElements(By.id("record-visit"))).isEmpty();

            // Over three of them: recorded all the same and flagged with each breach.
            register(browser, "WEDDING", lavish, date.plusDays(1), 30, "500", 2);
            browser.waitForText(By.cssSelector(".notice"), "已登记：" + lavish + "，超出 3 项村规民约限额");
            assertThat(d.findElement(By.id("ceremony-status")).getText()).isEqualTo("超标待劝导");
            assertThat(d.findElement(By.id("ceremony-limits")).getText())
                    .contains("30 桌", "超出 10 桌", "500 元", "超出 300 元", "2 天", "超出 1 天");
            assertThat(d.findElement(By.id("ceremony-flagged")).getText())
                    .contains("待理事会上门劝导", "宴席桌数30 桌（限额 20 桌）");
            assertThat(row(d, "#ceremonies", lavish).getText()).contains("婚事", "超标待劝导", "宴席桌数", "每人礼金", "天数");
            assertThat(d.findElement(By.id("ceremonies-flagged")).getText()).contains("待理事会上门劝导");
            browser.screenshot("ceremony-flagged");

            // The persuasion visit.
            d.findElement(By.cssSelector("#record-visit textarea[name=note]")).sendKeys("操办户同意减为 20 桌，礼金不超过 200 元，一天办完。");
            d.findElement(By.cssSelector("#record-visit button[type=submit]")).click();
            browser.waitForText(By.cssSelector(".notice"), "已登记对" + lavish + "家的劝导");
            assertThat(d.findElement(By.id("ceremony-status")).getText()).isEqualTo("已劝导");
            assertThat(d.findElement(By.id("ceremony-visit")).getText()).contains("station-admin", "同意减为 20 桌");
            assertThat(d.findElements(By.id("record-visit"))).isEmpty();
            assertThat(row(d, "#ceremonies", lavish).getText()).contains("已劝导");
            assertThat(row(d, "#ceremonies", modest).getText()).contains("已登记", "未超标", "100 元");
            browser.screenshot("ceremony-visited");

            // The year's festivals, each with its suggested celebration.
            WebElement festivals = d.findElement(By.id("festival-plan"));
            assertThat(festivals.findElements(By.cssSelector("tbody tr"))).hasSize(7);
            assertThat(festivals.getText()).contains("春节", "元宵节", "清明节", "端午节", "七夕节", "中秋节", "重阳节", "传文化");
            String next = String.valueOf(LocalDate.now(SHANGHAI).getYear() + 1);
            new Select(d.findElement(By.id("festival-year"))).selectByValue(next);
            browser.waitForText(By.id("festival-heading"), next + "年我们的节日");
            browser.screenshot("ceremony-festivals");
        }

        List<JsonObject> ceremonies = admin.get("api/v1/ceremonies?unit=" + STATION + "&limit=200").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        JsonObject visited = ceremonies.stream().filter(c -> c.getString("host").equals(lavish)).findFirst().orElseThrow();
        assertThat(visited.getString("status")).isEqualTo("VISITED");
        assertThat(visited.getJsonArray("breaches")).hasSize(3);
        assertThat(visited.getJsonNumber("giftFen").longValue()).isEqualTo(50_000);
        assertThat(visited.getJsonObject("visit").getString("visitedBy")).isEqualTo("station-admin");
        JsonObject registered = ceremonies.stream().filter(c -> c.getString("host").equals(modest)).findFirst().orElseThrow();
        assertThat(registered.getString("status")).isEqualTo("REGISTERED");
        assertThat(registered.getString("date")).isEqualTo(date.toString());
    }

    private static void register(Browser browser, String kind, String host, LocalDate date, int tables, String gift, int days) {
        WebDriver d = browser.driver();
        new Select(d.findElement(By.cssSelector("#register-ceremony select[name=kind]"))).selectByValue(kind);
        d.findElement(By.cssSelector("#register-ceremony input[name=host]")).sendKeys(host);
        WebElement day = d.findElement(By.cssSelector("#register-ceremony input[name=date]"));
        browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', { bubbles: true }));",
                day, date.toString());
        d.findElement(By.cssSelector("#register-ceremony input[name=tables]")).sendKeys(String.valueOf(tables));
        d.findElement(By.cssSelector("#register-ceremony input[name=gift]")).sendKeys(gift);
        WebElement length = d.findElement(By.cssSelector("#register-ceremony input[name=days]"));
        length.clear();
        length.sendKeys(String.valueOf(days));
        d.findElement(By.cssSelector("#register-ceremony button[type=submit]")).click();
    }

    private static WebElement row(WebDriver d, String table, String text) {
        Optional<WebElement> found = d.findElements(By.cssSelector(table + " tbody tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst();
        assertThat(found).as("a row of %s with %s", table, text).isPresent();
        return found.get();
    }
}
