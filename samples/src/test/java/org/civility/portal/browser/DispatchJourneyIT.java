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
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 派单 in a desktop Chromium, in Chinese: the station's administrator reviews a resident's order to be escorted to the
 * doctor, sees its candidates ranked with the reasons of each rank (the volunteer with both skills it needs above the
 * team with one) and offers it to the volunteer; a wish is opened for grabs. The institute's (or, once it moved on, the center's) staff
 * see the orders escalated to them, marked as such (R-ORD-2), with their candidates. Every result is checked on screen
 * and through the API.
 */
@ExtendWith(SharedPortal.class)
class DispatchJourneyIT {

    private static final String STATION = DemoData.STATION_YUANDONG.toString();
    private static final String VOLUNTEER = DemoData.DEMO_VOLUNTEER.toString();

    @SharedPortal.Url(SharedPortal.BROWSER)
    URL deployment;

    @Test
    void stationAdministratorReviewsOffersToTheBestCandidateAndOpensAWishForGrabs() {
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(10_000, 100_000));
        Api admin = as("station-admin");
        Api resident = as("resident");

        // Given: the volunteer offers help for elders and clinic visits in the village's east grid; the volunteer team
        // offers help for elders (one offer each: an earlier run's is revised). An escort needs both (the demo menu).
        offer(as("volunteer"), Json.createObjectBuilder().add("ownerKind", "VOLUNTEER").add("ownerId", VOLUNTEER)
                .add("skills", Json.createArrayBuilder().add("理发").add("助老").add("义诊")).add("unit", STATION)
                .add("grid", "村东网格").add("note", "周末可陪诊").build());
        String team = admin.get("api/v1/teams?unit=" + STATION + "&limit=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(x -> x.getString("name").equals("圆东村志愿者队伍"))
                .findFirst().orElseThrow().getString("id");
        offer(admin, Json.createObjectBuilder().add("ownerKind", "TEAM").add("ownerId", team)
                .add("skills", Json.createArrayBuilder().add("助老")).add("unit", STATION).build());

        // ... an escort to the doctor ordered from the menu, and a wish.
        String escort = "陪母亲去卫生院复查" + tag;
        var order = resident.post("api/v1/orders", Json.createObjectBuilder().add("unit", STATION)
                .add("menuItem", DemoData.MENU_ESCORT.toString()).add("description", escort).build().toString());
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        String wish = "修理水龙头" + tag;
        var wished = resident.post("api/v1/orders", Json.createObjectBuilder().add("unit", STATION)
                .add("wish", wish).add("description", "厨房水龙头漏水").build().toString());
        assertThat(wished.status()).as(wished.toString()).isEqualTo(201);

        try (Browser browser = Browser.open(deployment, Browser.DESKTOP)) {
            WebDriver d = browser.driver();
            browser.signIn("station-admin");
            d.findElement(By.cssSelector("#nav-list a[href='#/order-dispatch']")).click();
            browser.waitReady("order-dispatch");
            assertThat(row(d, "#waiting", escort).getText()).contains("陪诊", "待审核", "圆东村新时代文明实践站");
            assertThat(row(d, "#waiting", "厨房水龙头漏水").getText()).contains(wish, "待审核");
            browser.screenshot("dispatch-waiting");

            // Review, then the candidates: the volunteer with both skills ranks above the team with one, with reasons.
            row(d, "#waiting", escort).findElement(By.tagName("button")).click();
            browser.waitForText(By.id("order-heading"), "陪诊");
            review(d);
            browser.waitForText(By.cssSelector(".notice"), "点单已审核");
            assertThat(d.findElement(By.id("order-status")).getText()).isEqualTo("待派单");
            List<WebElement> candidates = d.findElements(By.cssSelector("#candidates tbody tr"));
            int zhou = indexOf(candidates, "周晓明");
            int teamRow = indexOf(candidates, "圆东村志愿者队伍");
            assertThat(zhou).as("the volunteer among the candidates").isNotNegative();
            assertThat(teamRow).as("the team among the candidates").isNotNegative();
            assertThat(zhou).as("the volunteer with both skills ranks above the team with one").isLessThan(teamRow);
            assertThat(candidates.get(zhou).getText()).contains("志愿者", "义诊", "具备所需全部技能", "与居民同一", "未指定服务时间");
            assertThat(candidates.get(teamRow).getText()).contains("队伍", "具备 50% 的所需技能");
            browser.screenshot("dispatch-candidates");

            // Offer it to the volunteer.
            candidates.get(zhou).findElement(By.cssSelector("button[data-owner='" + VOLUNTEER + "']")).click();
            browser.waitForText(By.cssSelector(".notice"), "已派给周晓明");
            assertThat(d.findElement(By.id("order-status")).getText()).isEqualTo("已派单");
            assertThat(d.findElement(By.id("order-offered-to")).getText()).isEqualTo("周晓明（志愿者）");
            assertThat(row(d, "#waiting", escort).getText()).contains("已派单");
            browser.screenshot("dispatch-offered");

            // The wish: reviewed and opened for grabs.
            row(d, "#waiting", "厨房水龙头漏水").findElement(By.tagName("button")).click();
            browser.waitForText(By.id("order-heading"), wish);
            review(d);
            browser.waitForText(By.cssSelector(".notice"), "点单已审核");
            assertThat(d.findElement(By.id("candidates")).getText()).contains("微心愿：不限技能");
            d.findElement(By.id("open-for-grabs")).click();
            browser.waitForText(By.cssSelector(".notice"), "点单已开放抢单");
            assertThat(d.findElement(By.id("order-status")).getText()).isEqualTo("抢单中");
        }

        JsonObject offered = admin.get("api/v1/orders/" + order.string("id")).json();
        assertThat(offered.getString("status")).isEqualTo("OFFERED");
        assertThat(offered.getJsonObject("offeredTo").getString("kind")).isEqualTo("VOLUNTEER");
        assertThat(offered.getJsonObject("offeredTo").getString("id")).isEqualTo(VOLUNTEER);
        assertThat(admin.get("api/v1/orders/" + wished.string("id")).string("status")).isEqualTo("OPEN_FOR_GRABS");
    }

    @Test
    void instituteOrCenterStaffSeeTheOrdersEscalatedToThem() {
        // The demo's overdue orders went up to 圆东镇 (R-ORD-2); a journey that moved the portal's clock by days may
        // have sent them on to the county center.
        String institute = DemoData.INSTITUTE_YUANDONG.toString();
        boolean atInstitute = !as("institute-admin").get("api/v1/orders?unit=" + institute + "&limit=200").json()
                .getJsonArray("items").isEmpty();
        String user = atInstitute ? "institute-admin" : "center-head";
        try (Browser browser = Browser.open(deployment, Browser.DESKTOP)) {
            WebDriver d = browser.driver();
            browser.signIn(user);
            d.findElement(By.cssSelector("#nav-list a[href='#/order-dispatch']")).click();
            browser.waitReady("order-dispatch");
            assertThat(d.findElement(By.id("waiting-heading")).getText()).startsWith("上报的点单");
            WebElement escalated = row(d, "#waiting", "已上报");
            assertThat(escalated.getText()).containsAnyOf("圆东村新时代文明实践站", "圆西村新时代文明实践站");
            escalated.findElement(By.tagName("button")).click();
            browser.waitFor(By.id("order-panel"));
            assertThat(d.findElement(By.id("order-status")).getText()).isIn("待审核", "待派单", "已派单", "抢单中");
            browser.screenshot("dispatch-escalated");
        }
    }

    /**
     * Reviews the open order; one like an open order of the same resident (another journey's) is confirmed as wanted
     * twice.
     */
    private static void review(WebDriver d) {
        d.findElements(By.cssSelector("#review-order input[name=confirmDuplicate]")).forEach(WebElement::click);
        d.findElement(By.cssSelector("#review-order button[type=submit]")).click();
    }

    /** Publishes the offer, or revises the owner's offer of an earlier run to it. */
    private static void offer(Api keeper, JsonObject body) {
        var published = keeper.post("api/v1/offers", body.toString());
        if (published.status() == 409) {
            String existing = published.json().getString("detail", "");
            var offers = keeper.get("api/v1/offers?unit=" + STATION + "&active=false&limit=200").json().getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            JsonObject mine = offers.stream().filter(o -> o.getString("ownerId").equals(body.getString("ownerId")))
                    .findFirst().orElseThrow(() -> new AssertionError("no offer of the owner: " + existing));
            var body2 = Json.createObjectBuilder(body).remove("ownerKind").remove("ownerId").build();
            var revised = keeper.withHeader("If-Match", "\"" + mine.getJsonNumber("version").longValue() + "\"")
                    .put("api/v1/offers/" + mine.getString("id"), body2.toString());
            assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
            if (!mine.getBoolean("active")) {
                assertThat(keeper.post("api/v1/offers/" + mine.getString("id") + "/reactivate", "{}").status()).isEqualTo(200);
            }
            return;
        }
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
    }

    private static int indexOf(List<WebElement> rows, String text) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private static WebElement row(WebDriver d, String table, String text) {
        Optional<WebElement> found = d.findElements(By.cssSelector(table + " tbody tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst();
        assertThat(found).as("a row of %s with %s", table, text).isPresent();
        return found.get();
    }

    private Api as(String user) {
        return Api.at(deployment).as(user, DemoData.DEMO_PASSWORD);
    }
}
