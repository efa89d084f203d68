package org.civility.portal.browser;

import jakarta.json.JsonObject;
import org.civility.portal.Api;
import org.civility.portal.SharedPortal;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 活动台账 (R-ACT-1) in a desktop Chromium, in Chinese: the station head marks an activity that has taken place held,
 * keeps its record with a summary and a name signed in by hand, uploads a photo, and sees the record complete with the
 * photo shown, in the month's list of records. The API then reads the same record.
 */
@ExtendWith(SharedPortal.class)
class ActivityRecordJourneyIT {

    private static final String STATION = DemoData.STATION_YUANDONG.toString();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @SharedPortal.Url(SharedPortal.BROWSER)
    URL deployment;

    @Test
    void stationHeadKeepsTheRecordOfAHeldActivityWithAPhoto(@TempDir Path dir) throws IOException {
        String title = "文明新风宣讲进院落" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        Api head = Api.at(deployment).as("station-head", DemoData.DEMO_PASSWORD);
        OffsetDateTime start = OffsetDateTime.now(SHANGHAI).truncatedTo(ChronoUnit.MINUTES).minusHours(3);
        String id = head.post("api/v1/activities", """
                {"unit":"%s","form":"LECTURE","themes":["POLICY"],"title":"%s","description":"院落宣讲",
                 "start":"%s","end":"%s"}""".formatted(STATION, title, start, start.plusHours(2))).json().getString("id");
        Path photo = dir.resolve("院落宣讲合影.png");
        ImageIO.write(aPicture(), "png", photo.toFile());

        try (Browser browser = Browser.open(deployment, Browser.DESKTOP)) {
            WebDriver d = browser.driver();
            browser.signIn("station-head");
            d.findElement(By.cssSelector("#nav-list a[href='#/station-activities']")).click();
            browser.waitReady("station-activities");
            row(d, "#activities", title).findElement(By.cssSelector("button[aria-label='将“" + title + "”标记为已举办']")).click();
            browser.waitForText(By.cssSelector(".notice"), "“" + title + "”已标记为已举办");
            assertThat(d.findElement(By.id("record-status")).getText()).isEqualTo("未记台账");
            assertThat(row(d, "#records-missing", title).getText()).contains("宣讲");

            d.findElement(By.cssSelector("#record-keep textarea[name=summary]")).sendKeys("在村东院落宣讲新修订的村规民约，村民提问踊跃。");
            d.findElement(By.cssSelector("#record-keep textarea[name=names]")).sendKeys("王秀英\n赵大爷");
            d.findElement(By.cssSelector("#record-keep button[type=submit]")).click();
            browser.waitForText(By.cssSelector(".notice"), "已保存“" + title + "”的台账");
            assertThat(d.findElement(By.id("record-status")).getText()).as("no photo yet").isEqualTo("不完整");
            assertThat(d.findElement(By.id("record-attendance")).getText()).contains("2 人", "手工登记 2 人");

            d.findElement(By.cssSelector("#record-photo input[type=file]")).sendKeys(photo.toAbsolutePath().toString());
            d.findElement(By.cssSelector("#record-photo button[type=submit]")).click();
            browser.waitForText(By.cssSelector(".notice"), "已上传照片 院落宣讲合影.png");
            assertThat(d.findElement(By.id("record-status")).getText()).isEqualTo("完整");
            WebElement shown = d.findElement(By.cssSelector("#record-photos img"));
            assertThat(shown.getAttribute("alt")).contains("院落宣讲合影.png", title);
            assertThat(browser.script("return arguments[0].complete && arguments[0].naturalWidth", shown))
                    .as("the photo is shown").isEqualTo(64L);
            assertThat(row(d, "#records", title).getText()).contains("2", "1", "完整");
            assertThat(d.findElements(By.cssSelector("#records-missing tbody tr")).stream()
                    .noneMatch(r -> r.getText().contains(title))).isTrue();
            browser.screenshot("activity-record");
        }

        JsonObject record = head.get("api/v1/activities/" + id + "/record").json();
        assertThat(record.getBoolean("complete")).isTrue();
        assertThat(record.getInt("attendance")).isEqualTo(2);
        assertThat(record.getJsonArray("photos").getJsonObject(0).getString("name")).isEqualTo("院落宣讲合影.png");
        assertThat(record.getJsonArray("photos").getJsonObject(0).getString("contentType")).isEqualTo("image/png");
        assertThat(record.getString("keptBy")).isEqualTo("station-head");
    }

    private static BufferedImage aPicture() {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xC8, 0x1E, 0x1E));
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        return image;
    }

    private static WebElement row(WebDriver d, String table, String text) {
        Optional<WebElement> found = d.findElements(By.cssSelector(table + " tbody tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst();
        assertThat(found).as("a row of %s with %s", table, text).isPresent();
        return found.get();
    }
}
