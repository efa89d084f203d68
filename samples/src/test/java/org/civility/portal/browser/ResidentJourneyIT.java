package org.civility.portal.browser;

import jakarta.json.JsonObject;
import org.civility.portal.Api;
import org.civility.portal.SharedPortal;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resident's journey in a phone-sized Chromium (群众点单 → 评单): the menu is the resident's start page; an order
 * placed from it shows in "my orders" with its status; staff and the volunteer move it on over the REST API and the
 * resident follows it in the browser, sees a rejection's reason, rates the completed order once (a second rating,
 * from a page opened before the first, shows the API's coded refusal); a duty-staff member orders for a resident
 * without a phone and follows it, with its rejection reason, among the orders placed for residents.
 */
@ExtendWith(SharedPortal.class)
class ResidentJourneyIT {

    private static final String STATION = DemoData.STATION_YUANDONG.toString();

    @SharedPortal.Url(SharedPortal.BROWSER)
    URL deployment;

    private Api as(String user) {
        return Api.at(deployment).as(user, DemoData.DEMO_PASSWORD);
    }

    @AfterEach
    void resetClock() {
        as("station-head").put("api/v1/testing/clock", "{\"offset\":\"PT0S\"}");
    }

    @Test
    @DisplayName("A newcomer signs up with their phone and a one-time code, chooses their station and lands on its menu")
    void aNewcomerSignsUpWithTheirPhoneAndLandsOnTheStationsMenu() {
        String phone = "136" + String.format("%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
        try (Browser browser = Browser.open(deployment, Browser.PHONE)) {
            WebDriver d = browser.driver();

            // From the sign-in page to the sign-up form, every control labelled.
            browser.go("sign-in");
            d.findElement(By.id("sign-in-sign-up-link")).click();
            browser.waitReady("sign-up");
            assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("居民注册");
            for (String id : new String[] {"sign-up-phone", "sign-up-code", "sign-up-name", "sign-up-station",
                    "sign-up-password", "sign-up-password-again"}) {
                assertThat(d.findElements(By.cssSelector("label[for='" + id + "']"))).as(id).hasSize(1);
            }
            assertThat(browser.accessibilityProblems()).isEmpty();

            // The code goes to the phone (the demo notifier keeps it for tests).
            d.findElement(By.id("sign-up-phone")).sendKeys(phone);
            d.findElement(By.id("sign-up-send")).click();
            assertThat(browser.waitFor(By.id("sign-up-sent")).getText()).contains("5 分钟内有效");
            String code = as("station-admin").post("api/v1/testing/sent-codes/last", "{\"phone\":\"" + phone + "\"}")
                    .string("code");

            // A wrong code first: the API's coded refusal, then the right one.
            d.findElement(By.id("sign-up-code")).sendKeys(code.equals("000000") ? "111111" : "000000");
            d.findElement(By.id("sign-up-name")).sendKeys("林晓雨");
            new Select(d.findElement(By.id("sign-up-station"))).selectByValue(STATION);
            d.findElement(By.id("sign-up-password")).sendKeys("晨光里的文化礼堂-2026");
            d.findElement(By.id("sign-up-password-again")).sendKeys("晨光里的文化礼堂-2026");
            browser.screenshot("resident-sign-up");
            d.findElement(By.id("sign-up-submit")).click();
            assertThat(browser.waitFor(By.cssSelector("#sign-up-form .alert")).getText()).contains("验证码错误或已过期");
            assertThat(d.switchTo().activeElement().getAttribute("id")).isEqualTo("sign-up-code");
            d.findElement(By.id("sign-up-code")).clear();
            d.findElement(By.id("sign-up-code")).sendKeys(code);
            d.findElement(By.id("sign-up-submit")).click();

            // Signed in at once, as a resident of the chosen station: its menu is the start page.
            browser.waitReady("menu");
            assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("项目清单");
            assertThat(Api.at(deployment).as(phone, "晨光里的文化礼堂-2026").get("api/v1/me").status()).isEqualTo(200);
        }
    }

    @Test
    @DisplayName("R-ORD-3 a resident orders from the menu, follows the order, rates it once; duty staff order for a resident")
    void aResidentOrdersFollowsAndRatesOnceAndDutyStaffOrderForAResident() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String grandpa = "王大爷-" + suffix;
        try (Browser browser = Browser.open(deployment, Browser.PHONE)) {
            WebDriver d = browser.driver();

            // The menu is the resident's start page; the helper's page is not offered to a resident.
            browser.signIn("resident");
            assertThat(d.findElement(By.id("main")).getAttribute("data-ready")).isEqualTo("menu");
            assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("项目清单");
            assertThat(d.findElements(By.cssSelector("li.menu-item h2"))).extracting(WebElement::getText)
                    .contains("理发", "代购", "陪诊", "家电维修", "微心愿");
            assertThat(d.findElement(By.id("nav-list")).getText()).contains("我要点单", "我的点单")
                    .doesNotContain("代居民点单");
            browser.screenshot("resident-menu");

            // Order the haircut by keyboard: the form comes with the item chosen and every control labelled.
            d.findElement(By.cssSelector("li.menu-item[data-item='" + DemoData.MENU_HAIRCUT + "'] a.button"))
                    .sendKeys(Keys.ENTER);
            browser.waitReady("place-order");
            assertThat(new Select(d.findElement(By.id("order-item"))).getFirstSelectedOption().getText()).isEqualTo("理发");
            assertThat(d.switchTo().activeElement().getAttribute("id")).isEqualTo("order-item");
            for (String id : new String[] {"order-item", "order-description", "order-recipient"}) {
                assertThat(d.findElements(By.cssSelector("label[for='" + id + "']"))).as(id).hasSize(1);
            }
            assertThat(d.findElement(By.id("order-wish")).isDisplayed()).as("no wish for a menu item").isFalse();
            d.findElement(By.id("order-description")).sendKeys("下午两点以后在家");
            d.findElement(By.id("order-recipient")).sendKeys(grandpa);
            browser.screenshot("resident-place-order");
            d.findElement(By.id("order-submit")).sendKeys(Keys.ENTER);
            browser.waitReady("my-order");
            String haircut = hashParam(browser, "id");
            assertThat(browser.waitFor(By.cssSelector("#page-my-order .notice")).getText()).contains("点单已提交");
            assertThat(d.findElement(By.cssSelector(".order-status .badge")).getText()).isEqualTo("已点单");

            // My orders: the new order with its status.
            d.findElement(By.cssSelector("#nav-list a[href='#/my-orders']")).click();
            browser.waitReady("my-orders");
            WebElement card = d.findElement(By.cssSelector("li.order[data-order='" + haircut + "']"));
            assertThat(card.getText()).contains("理发", "已点单", grandpa);

            // A wish (微心愿): the form asks for its text first; the station rejects it, and the requester sees why.
            browser.go("menu");
            d.findElement(By.id("make-a-wish")).click();
            browser.waitReady("place-order");
            assertThat(d.findElement(By.id("order-wish")).isDisplayed()).isTrue();
            d.findElement(By.id("order-submit")).click();
            assertThat(browser.waitFor(By.cssSelector("#order-form .alert")).getText()).isEqualTo("请写下心愿内容。");
            assertThat(d.switchTo().activeElement().getAttribute("id")).isEqualTo("order-wish");
            d.findElement(By.id("order-wish")).sendKeys("想要一副老花镜-" + suffix);
            d.findElement(By.id("order-submit")).click();
            browser.waitReady("my-order");
            String wish = hashParam(browser, "id");
            ok(as("station-admin").post("api/v1/orders/" + wish + "/reject", "{\"reason\":\"本站暂无此类物资\"}"));

            // Staff and the volunteer move the haircut on (review, offer, accept, start, complete). The service
            // time is set far ahead so that it overlaps no other test's record of the demo volunteer (R-REC-1).
            ok(as("station-admin").post("api/v1/orders/" + haircut + "/review", "{\"note\":\"已核实\"}"));
            ok(as("station-admin").post("api/v1/orders/" + haircut + "/offer",
                    "{\"kind\":\"VOLUNTEER\",\"id\":\"%s\"}".formatted(DemoData.DEMO_VOLUNTEER)));
            browser.go("my-orders");
            assertThat(d.findElement(By.cssSelector("li.order[data-order='" + haircut + "'] .badge")).getText())
                    .isEqualTo("正在派单");
            ok(as("volunteer").post("api/v1/orders/" + haircut + "/accept", ""));
            clock("PT2400H");
            ok(as("volunteer").post("api/v1/orders/" + haircut + "/start", ""));
            clock("PT2400H45M");
            ok(as("volunteer").post("api/v1/orders/" + haircut + "/complete", "{\"report\":\"理发完成，老人很满意\"}"));
            clock("PT0S");

            browser.go("menu");
            d.findElement(By.id("to-my-orders")).click();
            browser.waitReady("my-orders");
            WebElement done = d.findElement(By.cssSelector("li.order[data-order='" + haircut + "']"));
            assertThat(done.findElement(By.cssSelector(".badge")).getText()).isEqualTo("已完成，待评价");
            assertThat(done.findElement(By.cssSelector("a.button")).getText()).isEqualTo("去评价");
            WebElement rejected = d.findElement(By.cssSelector("li.order[data-order='" + wish + "']"));
            assertThat(rejected.getText()).contains("未受理", "本站暂无此类物资");
            assertThat(d.findElements(By.cssSelector("li.order")).getFirst().getAttribute("data-order"))
                    .as("newest first").isEqualTo(wish);
            browser.screenshot("resident-orders");

            // The same page in English, from the bundles; then back to Chinese.
            d.findElement(By.id("toggle-language")).click();
            browser.waitForText(By.tagName("h1"), "My orders");
            assertThat(d.findElement(By.cssSelector("li.order[data-order='" + haircut + "'] .badge")).getText())
                    .isEqualTo("Done, waiting for your rating");
            assertThat(d.findElement(By.cssSelector("li.order[data-order='" + wish + "']")).getText())
                    .contains("Not accepted", "Why it was not accepted: 本站暂无此类物资");
            browser.screenshot("resident-orders-en");
            d.findElement(By.id("toggle-language")).click();
            browser.waitForText(By.tagName("h1"), "我的点单");

            // The order's page: status in words, the report and the whole history.
            d.findElement(By.cssSelector("li.order[data-order='" + haircut + "'] a.button")).click();
            browser.waitReady("my-order");
            assertThat(d.findElement(By.id("order-report")).getText()).isEqualTo("理发完成，老人很满意");
            assertThat(d.findElement(By.id("order-history")).getText())
                    .contains("点单", "受理", "已核实", "派单", "接单", "开始服务", "服务完成");
            assertThat(browser.waitFor(By.id("rate-form")).isDisplayed()).isTrue();
            String firstTab = d.getWindowHandle();

            // A second tab (another device): the resident rates there, once, through the UI.
            d.switchTo().newWindow(WindowType.TAB);
            browser.signIn("resident");
            browser.go("my-order?id=" + haircut);
            new Select(browser.waitFor(By.id("rate-stars"))).selectByValue("4");
            d.findElement(By.id("rate-comment")).sendKeys("手艺好，很耐心");
            d.findElement(By.id("rate-submit")).sendKeys(Keys.ENTER);
            assertThat(browser.waitForText(By.id("order-rating"), "4 星").getText()).contains("手艺好，很耐心");
            assertThat(d.findElements(By.id("rate-form"))).as("rated: no second form").isEmpty();
            assertThat(d.findElement(By.cssSelector(".order-status .badge")).getText()).isEqualTo("已评价");
            assertThat(d.findElement(By.id("order-history")).getText()).contains("评价");
            browser.screenshot("resident-rated");
            d.close();
            d.switchTo().window(firstTab);

            // The first tab still shows the form: a second rating is refused with the API's code, and the page
            // then shows the order as rated.
            new Select(d.findElement(By.id("rate-stars"))).selectByValue("1");
            d.findElement(By.id("rate-submit")).click();
            assertThat(browser.waitFor(By.cssSelector("#rate-error .error-code")).getText())
                    .isEqualTo("ORDER-ALREADY-RATED");
            assertThat(d.findElements(By.id("rate-form"))).isEmpty();
            assertThat(d.findElement(By.id("order-rating")).getText()).contains("4 星");
            browser.screenshot("resident-rate-refused");
            Api.Reply again = as("resident").post("api/v1/orders/" + haircut + "/rate", "{\"stars\":1}");
            assertThat(again.status()).as(again.toString()).isEqualTo(409);
            assertThat(again.string("code")).isEqualTo("ORDER-ALREADY-RATED");
            assertThat(ok(as("resident").get("api/v1/orders/" + haircut)).getJsonObject("rating").getInt("stars"))
                    .isEqualTo(4);

            // A duty-staff member orders for a resident without a phone.
            d.findElement(By.id("sign-out")).click();
            browser.waitReady("sign-in");
            browser.signIn("duty-staff");
            assertThat(d.findElement(By.id("nav-list")).getText()).contains("代居民点单");
            browser.go("order-for-resident");
            String grandma = "李奶奶-" + suffix;
            assertThat(d.findElements(By.cssSelector("label[for='order-on-behalf-of']"))).hasSize(1);
            d.findElement(By.id("order-submit")).click();
            assertThat(browser.waitFor(By.cssSelector("#order-form .alert")).getText()).isEqualTo("请填写居民姓名。");
            assertThat(d.switchTo().activeElement().getAttribute("id")).isEqualTo("order-on-behalf-of");
            d.findElement(By.id("order-on-behalf-of")).sendKeys(grandma);
            new Select(d.findElement(By.id("order-item"))).selectByValue(DemoData.MENU_SHOPPING.toString());
            d.findElement(By.id("order-description")).sendKeys("每月买一次米面");
            browser.screenshot("resident-helper-form");
            d.findElement(By.id("order-submit")).click();
            browser.waitReady("my-order");
            String forGrandma = hashParam(browser, "id");
            assertThat(browser.waitFor(By.cssSelector("#page-my-order .notice")).getText()).contains(grandma);
            assertThat(d.findElement(By.id("order-what")).getText()).isEqualTo("代购");
            assertThat(d.findElement(By.cssSelector("dl.facts")).getText()).contains("duty-staff代" + grandma + "点单");
            browser.screenshot("resident-helper-placed");
            JsonObject placed = ok(as("station-admin").get("api/v1/orders/" + forGrandma));
            assertThat(placed.getString("requester")).isEqualTo(grandma);
            assertThat(placed.getString("placedBy")).isEqualTo("duty-staff");
            assertThat(placed.getBoolean("placedOnBehalf")).isTrue();
            assertThat(placed.getString("status")).isEqualTo("PLACED");

            // The helper follows the orders placed for residents, the rejection reason included.
            ok(as("station-admin").post("api/v1/orders/" + forGrandma + "/reject", "{\"reason\":\"本月代购已满\"}"));
            d.findElement(By.linkText("返回代居民点单")).click();
            browser.waitReady("order-for-resident");
            WebElement followed = d.findElement(By.cssSelector("#helper-orders li.order[data-order='" + forGrandma + "']"));
            assertThat(followed.getText()).contains("代购", "未受理", "居民：" + grandma, "本月代购已满");
            browser.screenshot("resident-helper-orders");
            assertThat(ids(as("duty-staff").get("api/v1/orders/placed-for-residents?limit=200"))).contains(forGrandma)
                    .doesNotContain(haircut);
            assertThat(ids(as("resident").get("api/v1/orders/placed-for-residents?limit=200"))).isEmpty();
        }
    }

    private static List<String> ids(Api.Reply page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("id")).toList();
    }

    private void clock(String offset) {
        Api.Reply shifted = as("station-head").put("api/v1/testing/clock", "{\"offset\":\"%s\"}".formatted(offset));
        assertThat(shifted.status()).as(shifted.toString()).isEqualTo(200);
    }

    private static JsonObject ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static String hashParam(Browser browser, String name) {
        return (String) browser.script("return new URLSearchParams(location.hash.split('?')[1] || '').get(arguments[0]);",
                name);
    }
}
