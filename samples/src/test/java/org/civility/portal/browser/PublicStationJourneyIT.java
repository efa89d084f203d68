package org.civility.portal.browser;

import org.civility.portal.Api;
import org.civility.portal.SharedPortal;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 公开页面 on a phone, not signed in: a villager opens 圆东村's public page from the link shared in the WeChat group
 * and sees the station's name, its coming activities, showcases and commendation, the page's own link with a copy
 * button and its QR code; the station head reaches the same page from the station dashboard.
 */
@ExtendWith(SharedPortal.class)
class PublicStationJourneyIT {

    private static final String STATION = DemoData.STATION_YUANDONG.toString();

    @SharedPortal.Url(SharedPortal.BROWSER)
    URL deployment;

    @Test
    void aVillagerOpensTheStationsPublicPageWithoutSigningIn() {
        String title = "重阳敬老文艺汇演 " + UUID.randomUUID().toString().substring(0, 6);
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(5).truncatedTo(ChronoUnit.HOURS);
        var planned = Api.at(deployment).as("station-admin", DemoData.DEMO_PASSWORD).post("api/v1/activities", """
                {"unit":"%s","form":"CELEBRATION","themes":["CULTURE","MORALITY"],"title":"%s",
                 "description":"","start":"%s","end":"%s"}
                """.formatted(STATION, title, start, start.plus(Duration.ofHours(2))));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);

        try (Browser browser = Browser.open(deployment, Browser.PHONE)) {
            WebDriver d = browser.driver();
            // The portal keeps a station's page a minute: a copy read before the activity was planned may stand.
            browser.until("the public page with the new activity", x -> {
                browser.go("public-station?id=" + STATION);
                return x.findElement(By.id("public-activities")).getText().contains(title);
            });

            assertThat(d.findElement(By.cssSelector("#main h1")).getText()).isEqualTo("圆东村新时代文明实践站");
            assertThat(d.findElements(By.id("sign-out"))).as("nobody is signed in").isEmpty();
            assertThat(d.findElement(By.id("public-activities")).getText()).contains(title, "庆");
            assertThat(d.findElement(By.id("public-commended")).getText()).contains("周晓明", "一位志愿者")
                    .doesNotContain("林雨萱");
            String link = d.findElement(By.id("public-link")).getAttribute("value");
            assertThat(link).endsWith("#/public-station?id=" + STATION);
            WebElement qr = d.findElement(By.id("public-qr"));
            browser.until("the QR code is drawn", x -> Boolean.TRUE.equals(browser.script(
                    "const i = arguments[0]; return i.complete && i.naturalWidth > 0;", qr)));
            assertThat(qr.getAttribute("alt")).contains("圆东村新时代文明实践站");
            browser.screenshot("public-station");

            d.findElement(By.id("copy-public-link")).click();
            browser.until("the copy is confirmed",
                    x -> !x.findElement(By.id("public-link-copied")).getText().isBlank());
            browser.screenshot("public-station-copied");
        }

        try (Browser browser = Browser.open(deployment, Browser.PHONE)) {
            WebDriver d = browser.driver();
            browser.signIn("station-head");
            browser.waitReady("station-dashboard");
            d.findElement(By.id("public-page-link")).click();
            browser.waitReady("public-station");
            assertThat(d.findElement(By.cssSelector("#main h1")).getText()).isEqualTo("圆东村新时代文明实践站");
        }
    }
}
