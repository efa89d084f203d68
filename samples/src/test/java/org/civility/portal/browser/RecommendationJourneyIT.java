package org.civility.portal.browser;

import jakarta.json.JsonObject;
import org.civility.portal.Api;
import org.civility.portal.SharedPortal;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 推荐身边好人 (R-APPR-2) in Chromium, in Chinese: the resident recommends a good person from the phone for the
 * station's nominating appraisal and sees it waiting for the committee; the committee member, at a desktop, confirms
 * it into a nomination of the campaign under the household register's name; the resident then sees it confirmed.
 */
@ExtendWith(SharedPortal.class)
class RecommendationJourneyIT {

    private static final String STATION = DemoData.STATION_YUANDONG.toString();

    @SharedPortal.Url(SharedPortal.BROWSER)
    URL deployment;

    @Test
    @DisplayName("R-APPR-2 the resident recommends a good person on the phone, the committee confirms the nomination")
    void residentRecommendsAndTheCommitteeConfirms() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String person = "张阿姨" + tag;
        Api admin = Api.at(deployment).as("station-admin", DemoData.DEMO_PASSWORD);
        String household = admin.post("api/v1/households", """
                {"unitId":"%s","head":"张大山%s","address":"圆东村5组2号","members":3}""".formatted(STATION, tag))
                .string("id");
        var started = admin.post("api/v1/appraisals", """
                {"unitId":"%s","kind":"GOOD_PERSON","title":"身边好人评选%s","year":2026,"criteria":["助人为乐","孝老爱亲"],
                 "places":3}""".formatted(STATION, tag));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String campaign = started.string("id");

        try (Browser browser = Browser.open(deployment, Browser.PHONE)) {
            WebDriver d = browser.driver();
            browser.signIn("resident");
            d.findElement(By.cssSelector("#nav-list a[href='#/recommend']")).click();
            browser.waitReady("recommend");
            WebElement card = d.findElement(By.cssSelector("li[data-campaign='" + campaign + "']"));
            assertThat(card.getText()).contains("身边好人评选" + tag, "助人为乐、孝老爱亲");
            card.findElement(By.cssSelector("input[name=person]")).sendKeys(person);
            card.findElement(By.cssSelector("textarea[name=deed]")).sendKeys("十年如一日照顾瘫痪的婆婆，还常帮邻居买菜。");
            card.findElement(By.cssSelector("button[type=submit]")).click();

            browser.waitForText(By.cssSelector(".notice"), "推荐已提交");
            WebElement mine = d.findElement(By.cssSelector("li[data-campaign='" + campaign + "'] .recommendations"));
            assertThat(mine.getText()).contains(person, "等待居（村）委会确认");
            browser.screenshot("resident-recommends");
        }

        List<JsonObject> pending = Api.at(deployment).as("committee", DemoData.DEMO_PASSWORD)
                .get("api/v1/appraisals/" + campaign + "/recommendations").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(pending).extracting(r -> r.getString("recommendedBy")).containsExactly("resident");
        String recommendation = pending.getFirst().getString("id");

        try (Browser browser = Browser.open(deployment, Browser.DESKTOP)) {
            WebDriver d = browser.driver();
            browser.signIn("committee");
            browser.go("station-appraisals?unit=" + STATION + "&campaign=" + campaign);
            WebElement card = d.findElement(By.cssSelector("li[data-recommendation='" + recommendation + "']"));
            assertThat(card.getText()).contains(person, "照顾瘫痪的婆婆", "resident 推荐于");
            assertThat(d.findElements(By.id("start-campaign"))).isEmpty();
            assertThat(d.findElements(By.id("nominate"))).isEmpty();
            browser.screenshot("committee-recommendations");
            new Select(card.findElement(By.cssSelector("select[name=household]"))).selectByValue(household);
            WebElement name = card.findElement(By.cssSelector("input[name=person]"));
            name.clear();
            name.sendKeys("张桂兰" + tag);
            card.findElement(By.cssSelector(".confirm-recommendation button[type=submit]")).click();

            browser.waitForText(By.cssSelector(".notice"), "张桂兰" + tag + "已列入提名");
            assertThat(d.findElement(By.id("nominations")).getText()).contains("张大山" + tag, "张桂兰" + tag,
                    "照顾瘫痪的婆婆", "已提名");
            assertThat(d.findElement(By.id("decided-recommendations")).getText()).contains(person, "resident", "已确认提名");
            browser.screenshot("committee-confirms-recommendation");
        }

        try (Browser browser = Browser.open(deployment, Browser.PHONE)) {
            WebDriver d = browser.driver();
            browser.signIn("resident");
            browser.go("recommend?unit=" + STATION);
            assertThat(d.findElement(By.cssSelector("li[data-campaign='" + campaign + "'] .recommendations")).getText())
                    .contains(person, "已确认提名");
        }
    }
}
