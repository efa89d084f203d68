package org.civility.portal.browser;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.civility.portal.Api;
import org.civility.portal.SharedPortal;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.net.URL;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 爱心超市 on a phone, in Chinese: at the counter the volunteer redeems points for goods and shows the confirmation with
 * the new balance; the ledger lists the redemption. Its request id makes a retry debit nothing again, and nobody else
 * may spend the volunteer's points.
 */
@ExtendWith(SharedPortal.class)
class SupermarketJourneyIT {

    private static final String VOLUNTEER = DemoData.DEMO_VOLUNTEER.toString();

    @SharedPortal.Url(SharedPortal.BROWSER)
    URL deployment;

    @Test
    void volunteerRedeemsPointsAtTheCounterOnce() {
        String goods = "大米一袋" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        Api volunteer = as("volunteer");
        String recognition = "api/v1/volunteers/" + VOLUNTEER + "/recognition";

        try (Browser browser = Browser.open(deployment, Browser.PHONE)) {
            WebDriver d = browser.driver();
            browser.signIn("volunteer");
            d.findElement(By.cssSelector("#nav-list a[href='#/supermarket']")).click();
            browser.waitReady("supermarket");
            long before = Long.parseLong(d.findElement(By.id("supermarket-balance")).getText());
            assertThat(before).as("the demo volunteer's points").isGreaterThanOrEqualTo(5);
            browser.screenshot("supermarket");

            d.findElement(By.cssSelector("#redeem input[name=goods]")).sendKeys(goods);
            d.findElement(By.cssSelector("#redeem input[name=cost]")).sendKeys("5");
            d.findElement(By.cssSelector("#redeem button[type=submit]")).click();
            browser.waitForText(By.id("supermarket-receipt"), "已兑换" + goods + "，用去 5 积分，剩余 " + (before - 5) + " 积分");
            assertThat(d.findElement(By.id("supermarket-balance")).getText()).isEqualTo(String.valueOf(before - 5));
            assertThat(d.findElement(By.id("ledger")).getText()).contains("兑换：" + goods, "−5");
            browser.screenshot("supermarket-redeemed");
        }

        // The redemption the page sent, with its request id: sent again, it answers the first and debits nothing.
        JsonObject entry = volunteer.get(recognition + "/entries?limit=50").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(e -> goods.equals(e.getString("goods", null)))
                .findFirst().orElseThrow();
        assertThat(entry.getString("kind")).isEqualTo("REDEMPTION");
        String requestId = entry.getString("requestId");
        assertThat(requestId).startsWith("ui-");
        long balance = volunteer.get(recognition).json().getJsonNumber("pointsBalance").longValue();
        String again = Json.createObjectBuilder().add("goods", goods).add("cost", 5).build().toString();
        var retry = volunteer.withHeader("Idempotency-Key", requestId).post(recognition + "/redemptions", again);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.string("id")).isEqualTo(entry.getString("id"));
        assertThat(volunteer.get(recognition).json().getJsonNumber("pointsBalance").longValue()).isEqualTo(balance);

        // The counter's staff cannot spend them.
        var staff = as("station-admin").withHeader("Idempotency-Key", "counter-" + requestId)
                .post(recognition + "/redemptions", again);
        assertThat(staff.status()).as(staff.toString()).isEqualTo(403);
    }

    private Api as(String user) {
        return Api.at(deployment).as(user, DemoData.DEMO_PASSWORD);
    }
}
