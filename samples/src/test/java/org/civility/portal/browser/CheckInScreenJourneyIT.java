package org.civility.portal.browser;

import org.civility.portal.Api;
import org.civility.portal.SharedPortal;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.net.URL;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 签到大屏 in a desktop Chromium, in Chinese: the station's administrator opens a check-in code and shows it, its QR code
 * and digits large and printable; the volunteer checks in with the digits on the phone and appears in the list on the
 * screen without anyone reloading it.
 */
@ExtendWith(SharedPortal.class)
class CheckInScreenJourneyIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @SharedPortal.Url(SharedPortal.BROWSER)
    URL deployment;

    @Test
    void administratorShowsACheckInCodeAndSeesTheVolunteerCheckIn() {
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(10_000, 100_000));
        String duty = "文明交通劝导" + tag;
        Api volunteer = as("volunteer");
        // By the portal's clock (journeys before this one may have moved it): under way since five minutes.
        Instant now = Instant.parse(as("station-head").get("api/v1/testing/clock").string("now"));
        LocalDateTime start = LocalDateTime.ofInstant(now, SHANGHAI).truncatedTo(ChronoUnit.MINUTES).minusMinutes(5);
        String digits = null;

        try (Browser browser = Browser.open(deployment, Browser.DESKTOP)) {
            WebDriver d = browser.driver();
            browser.signIn("station-admin");
            d.findElement(By.cssSelector("#nav-list a[href='#/checkin-screen']")).click();
            browser.waitReady("checkin-screen");
            d.findElement(By.cssSelector("#open-code input[name=description]")).sendKeys(duty);
            setValue(browser, "#open-code input[name=start]", start.format(LOCAL));
            setValue(browser, "#open-code input[name=end]", start.plusMinutes(30).format(LOCAL));
            d.findElement(By.cssSelector("#open-code button[type=submit]")).click();
            browser.waitForText(By.cssSelector(".notice"), "签到码已开：" + duty);
            assertThat(d.findElement(By.id("checkin-what")).getText()).isEqualTo(duty);
            digits = d.findElement(By.id("checkin-digits")).getText();
            assertThat(digits).matches("\\d{6}");
            browser.until("the QR code shown", x -> Boolean.TRUE.equals(browser.script(
                    "const i = document.getElementById('checkin-qr'); return i.complete && i.naturalWidth === 600;")));
            assertThat(d.findElement(By.id("checkin-qr")).getAttribute("alt")).isEqualTo(duty + "的签到二维码");
            assertThat(d.findElement(By.id("checkins-heading")).getText()).isEqualTo("已签到 0 人");
            assertThat(d.findElement(By.id("checkins-none")).getText()).isEqualTo("还没有人签到。");
            browser.screenshot("checkin-screen-open");

            // The volunteer types the digits on the phone; the screen lists them within a few seconds.
            var checkIn = volunteer.post("api/v1/service-records/check-ins", "{\"code\":\"%s\"}".formatted(digits));
            assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(201);
            browser.until("the volunteer listed on the screen", x -> x.findElement(By.id("checkins-heading")).getText()
                    .equals("已签到 1 人"));
            assertThat(d.findElement(By.id("checkins")).getText()).contains("周晓明");
            browser.script("window.__printed = false; window.print = () => { window.__printed = true; };");
            d.findElement(By.id("print-checkin")).click();
            assertThat(browser.script("return window.__printed;")).isEqualTo(true);
            browser.screenshot("checkin-screen-live");
            var checkOut = volunteer.post("api/v1/service-records/check-outs", "{\"code\":\"%s\"}".formatted(digits));
            assertThat(checkOut.status()).as(checkOut.toString()).isEqualTo(201);
            digits = null;
        } finally {
            // Checked out again, so that the volunteer's later sessions (other journeys) do not overlap this one.
            if (digits != null) {
                volunteer.post("api/v1/service-records/check-outs", "{\"code\":\"%s\"}".formatted(digits));
            }
        }
    }

    private static void setValue(Browser browser, String selector, String value) {
        browser.script("const e = document.querySelector(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('input', { bubbles: true }));", selector, value);
    }

    private Api as(String user) {
        return Api.at(deployment).as(user, DemoData.DEMO_PASSWORD);
    }
}
