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
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 学习计划 (R-LECT-4) in Chinese: a resident asks for a lecture on a phone (我要点题); the station head draws up a
 * year's study plan in a desktop browser, taking the request in March and adding an item of the station's own, and
 * sees the plan with where each item comes from and the request taken.
 */
@ExtendWith(SharedPortal.class)
class StudyPlanJourneyIT {

    private static final String STATION = DemoData.STATION_YUANDONG.toString();

    @SharedPortal.Url(SharedPortal.BROWSER)
    URL deployment;

    @Test
    void residentAsksForALectureAndTheStationTakesItIntoItsYearsPlan() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String topic = "防范电信诈骗" + random.nextInt(10_000, 100_000);
        // a year no other test plans for (LectureMonthIT 2030–2049, HostileInputIT 2050–2074): a plan is drawn up once
        int year = random.nextInt(2075, 2101);

        try (Browser phone = Browser.open(deployment, Browser.PHONE)) {
            WebDriver d = phone.driver();
            phone.signIn("resident");
            phone.go("lecture-request");
            d.findElement(By.cssSelector("#lecture-request-form input[name=topic]")).sendKeys(topic);
            d.findElement(By.cssSelector("#lecture-request-form textarea[name=reason]")).sendKeys("村里老人常接到骗子电话");
            d.findElement(By.cssSelector("#lecture-request-form button[type=submit]")).click();
            phone.waitForText(By.cssSelector(".notice"), "已提交点题：" + topic);
            assertThat(d.findElement(By.id("my-requests")).getText()).contains(topic + " · 待采纳");
            phone.screenshot("lecture-request");
        }

        try (Browser browser = Browser.open(deployment, Browser.DESKTOP)) {
            WebDriver d = browser.driver();
            browser.signIn("station-head");
            d.findElement(By.cssSelector("#nav-list a[href='#/station-study-plan']")).click();
            browser.waitReady("station-study-plan");
            WebElement yearInput = d.findElement(By.id("study-plan-year"));
            yearInput.clear();
            yearInput.sendKeys(String.valueOf(year));
            d.findElement(By.cssSelector("#study-plan-year-form button[type=submit]")).click();
            browser.waitForText(By.id("study-plan-heading"), year + "年学习计划");
            assertThat(d.findElement(By.id("study-plan-none")).getText()).contains("还没有制定");

            WebElement request = d.findElements(By.cssSelector("#plan-requests li")).stream()
                    .filter(li -> li.getText().contains(topic)).findFirst().orElseThrow();
            request.findElement(By.cssSelector("input[name=take]")).click();
            new Select(request.findElement(By.cssSelector("select"))).selectByValue("MARCH");
            new Select(d.findElement(By.id("local-month-1"))).selectByValue("JULY");
            d.findElement(By.id("local-topic-1")).sendKeys("学习新修订的村规民约");
            d.findElement(By.cssSelector("#draw-up-plan button[type=submit]")).click();
            WebElement answer = browser.until("the plan drawn up or refused", w ->
                    w.findElements(By.cssSelector(".notice, .alert")).stream().findFirst().orElse(null));
            assertThat(answer.getText()).contains(year + "年学习计划已制定，共 2 项");

            List<String> rows = d.findElements(By.cssSelector("#study-plan tbody tr")).stream().map(WebElement::getText).toList();
            assertThat(rows).anySatisfy(r -> assertThat(r).contains("3月", topic, "居民点题"))
                    .anySatisfy(r -> assertThat(r).contains("7月", "学习新修订的村规民约", "本站安排"));
            assertThat(d.findElements(By.cssSelector("#lecture-requests tbody tr")).stream()
                    .filter(r -> r.getText().contains(topic)).findFirst().orElseThrow().getText()).contains("已列入计划");
            assertThat(d.findElements(By.id("draw-up-plan"))).as("a plan is drawn up once").isEmpty();
            browser.screenshot("study-plan");
        }

        JsonObject plan = Api.at(deployment).as("station-head", DemoData.DEMO_PASSWORD)
                .get("api/v1/units/" + STATION + "/study-plans/" + year).json();
        assertThat(plan.getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(i -> {
                    assertThat(i.getString("topic")).isEqualTo(topic);
                    assertThat(i.getString("month")).isEqualTo("MARCH");
                    assertThat(i.getString("source")).isEqualTo("REQUEST");
                });
    }
}
