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

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A station's month of lectures (讲) in a desktop Chromium, in Chinese: the administrator prepares a lecture with one of
 * the station's qualified speakers (备课, R-LECT-2), records it given with its audience (授课) and reviews it (评课); the
 * month then counts as kept (每月开讲, R-LECT-1). A handout is archived under a topic and found again in the archive by
 * that topic, and downloaded as it was uploaded (R-LECT-3). The institute's administrator sees the months each station
 * below kept or missed. Every step is checked on screen and through the API.
 */
@ExtendWith(SharedPortal.class)
class LectureJourneyIT {

    private static final String STATION = DemoData.STATION_YUANDONG.toString();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @SharedPortal.Url(SharedPortal.BROWSER)
    URL deployment;

    @Test
    void stationAdministratorPreparesGivesReviewsAndArchivesALectureAndTheInstituteSeesTheMonthKept() throws Exception {
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(10_000, 100_000));
        String topic = "乡村振兴政策宣讲" + tag;
        String archiveTopic = "乡村振兴" + tag;
        Path work = Files.createTempDirectory("lecture-journey");
        Path handout = work.resolve("讲稿" + tag + ".txt");
        Files.writeString(handout, "一、乡村振兴战略总要求\n二、本村的产业振兴\n", StandardCharsets.UTF_8);
        Path downloads = Files.createDirectories(work.resolve("downloads"));
        Api admin = Api.at(deployment).as("station-admin", DemoData.DEMO_PASSWORD);

        try (Browser browser = Browser.open(deployment, Browser.DESKTOP).downloadTo(downloads)) {
            WebDriver d = browser.driver();
            browser.signIn("station-admin");
            d.findElement(By.cssSelector("#nav-list a[href='#/station-lectures']")).click();
            browser.waitReady("station-lectures");
            browser.screenshot("lectures-month");

            // 备课: only the station's qualified speakers are offered (its expert and grassroots-speaker teams).
            Select speaker = new Select(d.findElement(By.cssSelector("#schedule-lecture select[name=speaker]")));
            List<String> speakers = speaker.getOptions().stream().map(WebElement::getText).toList();
            assertThat(speakers).anySatisfy(s -> assertThat(s).contains("孙立新", "专家"))
                    .anySatisfy(s -> assertThat(s).contains("何秀兰", "草根宣讲"))
                    .noneSatisfy(s -> assertThat(s).contains("周晓明"));
            d.findElement(By.cssSelector("#schedule-lecture input[name=topic]")).sendKeys(topic);
            d.findElement(By.cssSelector("#schedule-lecture input[name=themes][value=THOUGHT]")).click();
            speaker.selectByVisibleText(speakers.stream().filter(s -> s.contains("孙立新")).findFirst().orElseThrow());
            d.findElement(By.cssSelector("#schedule-lecture textarea[name=preparationNotes]"))
                    .sendKeys("提纲：乡村振兴二十字总要求；与村民讨论本村产业。");
            d.findElement(By.cssSelector("#schedule-lecture button[type=submit]")).click();
            browser.waitForText(By.cssSelector(".notice"), "已安排宣讲：" + topic);
            assertThat(d.findElement(By.id("lecture-status")).getText()).isEqualTo("已备课");
            assertThat(row(d, "#lectures", topic).getText()).contains("孙立新", "传思想、传政策", "已备课");
            browser.screenshot("lecture-prepared");

            // 授课: 42 listened; the month is kept.
            d.findElement(By.cssSelector("#record-given input[name=attendance]")).sendKeys("42");
            d.findElement(By.cssSelector("#record-given button[type=submit]")).click();
            browser.waitForText(By.cssSelector(".notice"), "已登记授课：" + topic);
            assertThat(d.findElement(By.id("lecture-status")).getText()).isEqualTo("已授课");
            assertThat(d.findElement(By.id("lecture-attendance")).getText()).isEqualTo("42");
            assertThat(d.findElement(By.id("lectures-month")).getText()).contains("已开讲", "每月开讲");

            // 评课: four of five.
            new Select(d.findElement(By.cssSelector("#review-lecture select[name=score]"))).selectByValue("4");
            d.findElement(By.cssSelector("#review-lecture textarea[name=text]")).sendKeys("内容贴近村民，互动充分。");
            d.findElement(By.cssSelector("#review-lecture button[type=submit]")).click();
            browser.waitForText(By.cssSelector(".notice"), "已保存评课：" + topic);
            assertThat(d.findElement(By.id("lecture-status")).getText()).isEqualTo("已评课");
            assertThat(d.findElement(By.id("lecture-review")).getText()).contains("4 分", "station-admin", "互动充分");
            assertThat(row(d, "#lectures", topic).getText()).contains("已评课", "42", "4 分");
            browser.screenshot("lecture-reviewed");

            // 归类入档: the handout under a topic of its own.
            d.findElement(By.cssSelector("#upload-material input[type=file]")).sendKeys(handout.toString());
            assertThat(new Select(d.findElement(By.cssSelector("#upload-material select[name=kind]")))
                    .getFirstSelectedOption().getAttribute("value")).isEqualTo("DOCUMENT");
            WebElement topicInput = d.findElement(By.cssSelector("#upload-material input[name=topic]"));
            assertThat(topicInput.getAttribute("value")).isEqualTo(topic);
            topicInput.clear();
            topicInput.sendKeys(archiveTopic);
            d.findElement(By.cssSelector("#upload-material button[type=submit]")).click();
            browser.waitForText(By.cssSelector(".notice"), "已归档讲稿" + tag + ".txt");
            assertThat(row(d, "#lecture-materials", "讲稿" + tag).getText()).contains("文档", archiveTopic, "station-admin");
            browser.screenshot("lecture-material");

            // The archive: found again by its topic, and downloaded as it was.
            WebElement find = d.findElement(By.id("archive-topic"));
            find.sendKeys(archiveTopic);
            d.findElement(By.cssSelector("#archive-search button[type=submit]")).click();
            browser.waitForText(By.id("archive-result-heading"), "主题“" + archiveTopic + "”的资料：1 份");
            row(d, "#archive", "讲稿" + tag).findElement(By.tagName("button")).click();
            Path file = downloads.resolve(handout.getFileName().toString());
            browser.until("the download of " + file, x -> Files.isRegularFile(file) && noPartialDownloads(downloads));
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(Files.readString(handout, StandardCharsets.UTF_8));
            browser.screenshot("lecture-archive");
        }

        List<JsonObject> lectures = admin.get("api/v1/lectures?unit=" + STATION + "&limit=200").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        JsonObject lecture = lectures.stream().filter(l -> l.getString("topic").equals(topic)).findFirst().orElseThrow();
        assertThat(lecture.getString("status")).isEqualTo("REVIEWED");
        assertThat(lecture.getInt("attendance")).isEqualTo(42);
        assertThat(lecture.getInt("score")).isEqualTo(4);
        assertThat(lecture.getString("speakerName")).isEqualTo("孙立新");
        assertThat(lecture.getJsonArray("themes").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactlyInAnyOrder("THOUGHT", "POLICY");
        assertThat(lecture.getJsonArray("materials").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(m -> assertThat(m.getString("topic")).isEqualTo(archiveTopic))
                .satisfies(m -> assertThat(m.getString("contentType")).isEqualTo("text/plain"));
        String month = YearMonth.from(java.time.OffsetDateTime.parse(lecture.getString("start"))
                .atZoneSameInstant(SHANGHAI)).toString();

        // The institute: the months each station below kept or missed, this one kept.
        try (Browser browser = Browser.open(deployment, Browser.DESKTOP)) {
            WebDriver d = browser.driver();
            browser.signIn("institute-admin");
            List<String> menu = d.findElements(By.cssSelector("#nav-list a")).stream().map(WebElement::getText).toList();
            assertThat(menu).contains("每月开讲").doesNotContain("宣讲课堂");
            browser.go("lecture-compliance?from=" + YearMonth.parse(month).minusMonths(5) + "&to=" + month);
            assertThat(d.findElement(By.id("compliance-heading")).getText()).contains("圆东镇新时代文明实践所");
            WebElement station = row(d, "#compliance", "圆东村新时代文明实践站");
            List<WebElement> cells = station.findElements(By.tagName("td"));
            assertThat(cells).hasSize(8);
            assertThat(cells.get(5).getText()).isEqualTo("✓ 已开讲");
            assertThat(row(d, "#compliance", "圆西村新时代文明实践站").getText()).containsAnyOf("已开讲", "未开讲");
            assertThat(d.findElement(By.id("compliance-summary")).getText()).contains("个实践站中有");
            browser.screenshot("lecture-compliance");
        }
    }

    private static WebElement row(WebDriver d, String table, String text) {
        Optional<WebElement> found = d.findElements(By.cssSelector(table + " tbody tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst();
        assertThat(found).as("a row of %s with %s", table, text).isPresent();
        return found.get();
    }

    private static boolean noPartialDownloads(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.noneMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
        } catch (IOException e) {
            return false;
        }
    }
}
