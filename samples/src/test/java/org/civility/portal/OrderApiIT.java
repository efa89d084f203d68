package org.civility.portal;

import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Resident orders through the REST API (群众点单 → 中心派单 → 志愿者接单 → 群众评单 → 晒单): the menu, placing for
 * oneself, on behalf and as a wish, the rejection reason seen by the requester alone, the duplicate-demand check,
 * no forced dispatch, exactly one acceptance (R-ORD-1), team offers, the service record of a served order, rating
 * by the requester once (R-ORD-3), the showcase with the volunteer's consent and escalation (R-ORD-2) after the
 * time limit, reached by shifting the test portal's clock. The served order's time reaches the volunteer's
 * certificate: its PDF carries the name and the hours as text.
 */
@ExtendWith(SharedPortal.class)
class OrderApiIT {

    private static final String STATION = DemoData.STATION_YUANDONG.toString();

    @SharedPortal.Url
    URL deployment;

    private Api as(String user) {
        return Api.at(deployment).as(user, DemoData.DEMO_PASSWORD);
    }

    @AfterEach
    void resetClock() {
        as("station-head").put("api/v1/testing/clock", "{\"offset\":\"PT0S\"}");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonObject place(String user, String body) {
        var placed = as(user).post("api/v1/orders", body);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.header("Location")).endsWith("/api/v1/orders/" + placed.string("id"));
        return placed.json();
    }

    private JsonObject placeItem(String item, String recipient) {
        return place("resident", """
                {"unit":"%s","menuItem":"%s","recipient":"%s"}""".formatted(STATION, item, recipient));
    }

    private Api.Reply step(String user, String id, String step, String body) {
        return as(user).post("api/v1/orders/" + id + "/" + step, body);
    }

    private JsonObject ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static void assertProblem(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.string("code")).isEqualTo(code);
    }

    private static List<String> ids(Api.Reply page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("id")).toList();
    }

    @Test
    void aResidentBrowsesTheMenuAndPlacesAnOrder() {
        var menu = as("resident").get("api/v1/menu-items?unit=" + STATION);
        assertThat(menu.status()).as(menu.toString()).isEqualTo(200);
        assertThat(menu.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("name")).contains("理发", "代购", "陪诊", "家电维修");

        JsonObject order = placeItem(DemoData.MENU_HAIRCUT.toString(), "王大爷-" + suffix());
        assertThat(order.getString("status")).isEqualTo("PLACED");
        assertThat(order.getString("requester")).isEqualTo("resident");
        assertThat(order.getString("placedBy")).isEqualTo("resident");
        assertThat(order.getBoolean("placedOnBehalf")).isFalse();
        assertThat(order.getJsonObject("item").getString("kind")).isEqualTo("MENU");
        assertThat(order.getJsonObject("item").getString("name")).isEqualTo("理发");
        assertThat(order.getString("placedAt")).endsWith("+08:00");

        assertThat(ids(as("resident").get("api/v1/orders/mine?limit=200"))).contains(order.getString("id"));
        assertThat(ids(as("station-admin").get("api/v1/orders?unit=" + STATION + "&limit=200")))
                .contains(order.getString("id"));
        assertProblem(as("resident").get("api/v1/orders?unit=" + STATION), 403, "ACCESS-DENIED");
    }

    @Test
    void staffKeepTheMenuAndAWithdrawnItemCannotBeOrdered() {
        Api admin = as("station-admin");
        var created = admin.post("api/v1/menu-items", """
                {"unit":"%s","name":"磨刀-%s","description":"上门磨菜刀","skills":["磨刀"]}""".formatted(STATION, suffix()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getJsonArray("skills").getString(0)).isEqualTo("磨刀");
        String id = created.string("id");
        assertThat(created.header("Location")).endsWith("/api/v1/menu-items/" + id);
        assertProblem(as("resident").post("api/v1/menu-items", """
                {"unit":"%s","name":"x"}""".formatted(STATION)), 403, "ACCESS-DENIED");

        var described = admin.withHeader("If-Match", created.header("ETag"))
                .put("api/v1/menu-items/" + id, "{\"name\":\"磨刀磨剪子\",\"description\":\"每周六\"}");
        assertThat(ok(described).getString("name")).isEqualTo("磨刀磨剪子");
        assertThat(described.json().getJsonArray("skills").getString(0)).as("kept when absent").isEqualTo("磨刀");
        assertProblem(admin.withHeader("If-Match", created.header("ETag")).post("api/v1/menu-items/" + id + "/withdraw", ""),
                409, "STALE-VERSION");

        assertThat(ok(admin.post("api/v1/menu-items/" + id + "/withdraw", "")).getBoolean("active")).isFalse();
        assertThat(ids(as("resident").get("api/v1/menu-items?unit=" + STATION + "&limit=200"))).doesNotContain(id);
        assertThat(ids(admin.get("api/v1/menu-items?unit=" + STATION + "&all=true&limit=200"))).contains(id);
        assertProblem(as("resident").post("api/v1/orders", """
                {"unit":"%s","menuItem":"%s"}""".formatted(STATION, id)), 422, "ORDER-ITEM-UNAVAILABLE");

        assertThat(ok(admin.post("api/v1/menu-items/" + id + "/relist", "")).getBoolean("active")).isTrue();
        assertThat(ok(as("resident").get("api/v1/menu-items/" + id)).getString("description")).isEqualTo("每周六");
        assertThat(ids(as("resident").get("api/v1/menu-items?unit=" + STATION + "&limit=200"))).contains(id);
    }

    @Test
    void aRejectedOrdersReasonIsSeenByTheRequesterOnly() {
        JsonObject order = place("resident", """
                {"unit":"%s","wish":"想要一副老花镜-%s","description":"度数三百度左右"}""".formatted(STATION, suffix()));
        String id = order.getString("id");
        assertThat(order.getJsonObject("item").getString("kind")).isEqualTo("WISH");
        assertThat(order.getJsonObject("item").getString("name")).startsWith("想要一副老花镜");

        var rejected = step("station-admin", id, "reject", "{\"reason\":\"本站暂无此类物资\"}");
        assertThat(ok(rejected).getString("status")).isEqualTo("REJECTED");
        assertThat(rejected.string("rejectionReason")).isNull();

        JsonObject mine = ok(as("resident").get("api/v1/orders/" + id));
        assertThat(mine.getString("rejectionReason")).isEqualTo("本站暂无此类物资");
        assertThat(mine.getJsonArray("history").getValuesAs(JsonObject.class).getLast().getString("note"))
                .isEqualTo("本站暂无此类物资");
        JsonObject seen = ok(as("station-admin").get("api/v1/orders/" + id));
        assertThat(absent(seen, "rejectionReason")).isTrue();
        assertThat(seen.toString()).doesNotContain("本站暂无此类物资");
        for (String other : List.of("volunteer", "duty-staff", "chengnan-admin")) {
            var denied = as(other).get("api/v1/orders/" + id);
            assertProblem(denied, 403, "ACCESS-DENIED");
            assertThat(denied.body()).as(other).doesNotContain("本站暂无此类物资").doesNotContain("想要一副老花镜");
        }
    }

    @Test
    void dutyStaffPlaceAnOrderOnBehalfOfAResidentWithoutAPhone() {
        String grandma = "李奶奶-" + suffix();
        JsonObject order = place("duty-staff", """
                {"unit":"%s","menuItem":"%s","onBehalfOf":"%s","description":"每月买一次米面"}"""
                .formatted(STATION, DemoData.MENU_SHOPPING, grandma));

        assertThat(order.getString("requester")).isEqualTo(grandma);
        assertThat(order.getString("recipient")).isEqualTo(grandma);
        assertThat(order.getString("placedBy")).isEqualTo("duty-staff");
        assertThat(order.getBoolean("placedOnBehalf")).isTrue();
        assertProblem(as("resident").post("api/v1/orders", """
                {"unit":"%s","wish":"x","onBehalfOf":"别人"}""".formatted(STATION)), 403, "ACCESS-DENIED");
        assertProblem(as("resident").post("api/v1/orders", """
                {"unit":"%s","wish":"x","menuItem":"%s"}""".formatted(STATION, DemoData.MENU_SHOPPING)),
                400, "INVALID-INPUT");
        assertProblem(step("duty-staff", order.getString("id"), "review", "{}"), 403, "ACCESS-DENIED");
    }

    @Test
    void theSameServiceForTheSameRecipientWithinTheWindowIsFlaggedAtReview() {
        String recipient = "张大爷-" + suffix();
        JsonObject first = placeItem(DemoData.MENU_ESCORT.toString(), recipient);
        JsonObject second = placeItem(DemoData.MENU_ESCORT.toString(), recipient);
        assertThat(absent(first, "duplicateOf")).isTrue();
        assertThat(second.getString("duplicateOf")).isEqualTo(first.getString("id"));

        assertProblem(step("station-admin", second.getString("id"), "review", "{\"note\":\"ok\"}"), 422,
                "ORDER-DUPLICATE");
        JsonObject reviewed = ok(step("station-admin", second.getString("id"), "review",
                "{\"note\":\"复诊，确认\",\"confirmDuplicate\":true}"));
        assertThat(reviewed.getString("status")).isEqualTo("REVIEWED");
        assertThat(reviewed.getBoolean("duplicateConfirmed")).isTrue();
    }

    @Test
    @DisplayName("R-ORD-1 R-ORD-3 offer, decline, grab, one acceptance, service record, one rating by the requester, showcase, certificate PDF")
    void runsAnOrderFromPlacementToShowcaseAndIntoTheCertificate() throws Exception {
        String id = placeItem(DemoData.MENU_HAIRCUT.toString(), "赵大爷-" + suffix()).getString("id");
        Api admin = as("station-admin");
        Api volunteer = as("volunteer");

        var reviewed = step("station-admin", id, "review", "{\"note\":\"ok\"}");
        ok(reviewed);
        assertProblem(admin.withHeader("If-Match", "\"0\"").post("api/v1/orders/" + id + "/offer",
                "{\"kind\":\"VOLUNTEER\",\"id\":\"%s\"}".formatted(DemoData.DEMO_VOLUNTEER)), 409, "STALE-VERSION");
        JsonObject offered = ok(admin.withHeader("If-Match", reviewed.header("ETag")).post("api/v1/orders/" + id
                + "/offer", "{\"kind\":\"VOLUNTEER\",\"id\":\"%s\"}".formatted(DemoData.DEMO_VOLUNTEER)));
        assertThat(offered.getString("status")).isEqualTo("OFFERED");

        JsonObject declined = ok(step("volunteer", id, "decline", "{\"reason\":\"那天要上班\"}"));
        assertThat(declined.getString("status")).isEqualTo("REVIEWED");
        assertThat(absent(declined, "offeredTo")).isTrue();
        JsonObject lastStep = declined.getJsonArray("history").getValuesAs(JsonObject.class).getLast();
        assertThat(lastStep.getString("action")).isEqualTo("DECLINE");
        assertThat(lastStep.getString("note")).isEqualTo("那天要上班");

        assertThat(ok(step("station-admin", id, "open-for-grabs", "")).getString("status")).isEqualTo("OPEN_FOR_GRABS");
        assertProblem(step("resident", id, "accept", ""), 403, "ORDER-NOT-VOLUNTEER");

        CompletableFuture<Api.Reply> one = CompletableFuture.supplyAsync(() -> volunteer.post("api/v1/orders/" + id + "/accept", ""));
        CompletableFuture<Api.Reply> two = CompletableFuture.supplyAsync(() -> volunteer.post("api/v1/orders/" + id + "/accept", ""));
        List<Api.Reply> replies = List.of(one.get(), two.get());
        assertThat(replies).extracting(Api.Reply::status).as(replies.toString()).containsExactlyInAnyOrder(200, 409);
        replies.stream().filter(r -> r.status() == 409).forEach(r -> assertProblem(r, 409, "ORDER-ALREADY-ACCEPTED"));
        assertProblem(step("volunteer", id, "accept", ""), 409, "ORDER-ALREADY-ACCEPTED");
        JsonObject accepted = ok(as("station-admin").get("api/v1/orders/" + id));
        assertThat(accepted.getString("status")).isEqualTo("ACCEPTED");
        assertThat(accepted.getString("acceptedBy")).isEqualTo(DemoData.DEMO_VOLUNTEER.toString());
        assertThat(accepted.getJsonArray("history").getValuesAs(JsonObject.class))
                .filteredOn(s -> s.getString("action").equals("ACCEPT")).hasSize(1);

        assertProblem(step("resident", id, "start", ""), 403, "ORDER-NOT-VOLUNTEER");
        long minutesCertifiedBefore = minutesCertified(admin);
        JsonObject started = ok(step("volunteer", id, "start", ""));
        assertThat(started.getString("status")).isEqualTo("IN_SERVICE");
        assertThat(started.getJsonObject("serviceRecord").getBoolean("open")).isTrue();
        assertThat(started.getJsonObject("serviceRecord").getString("unit")).isEqualTo(STATION);

        as("station-head").put("api/v1/testing/clock", "{\"offset\":\"PT90M\"}");
        JsonObject completed = ok(step("volunteer", id, "complete", "{\"report\":\"理发完成，老人很满意\"}"));
        assertThat(completed.getString("status")).isEqualTo("COMPLETED");
        assertThat(completed.getString("report")).isEqualTo("理发完成，老人很满意");
        JsonObject record = completed.getJsonObject("serviceRecord");
        assertThat(record.getBoolean("open")).isFalse();
        assertThat(record.getInt("minutes")).isEqualTo(90);
        assertThat(ok(as("station-admin").get("api/v1/orders/" + id)).getJsonObject("serviceRecord").getString("id"))
                .isEqualTo(record.getString("id"));

        assertProblem(step("volunteer", id, "rate", "{\"stars\":5}"), 422, "R-ORD-3");
        JsonObject rated = ok(step("resident", id, "rate", "{\"stars\":5,\"comment\":\"手艺好\"}"));
        assertThat(rated.getString("status")).isEqualTo("RATED");
        assertThat(rated.getJsonObject("rating").getInt("stars")).isEqualTo(5);
        assertProblem(step("resident", id, "rate", "{\"stars\":4,\"comment\":\"改一下\"}"), 409, "ORDER-ALREADY-RATED");
        assertProblem(step("resident", id, "rate", "{\"stars\":9}"), 400, "VALIDATION");

        assertProblem(step("station-admin", id, "showcase", ""), 422, "ORDER-NO-CONSENT");
        var before = as("resident").get("api/v1/orders/showcased?unit=" + STATION + "&limit=200");
        assertThat(ids(before)).doesNotContain(id);

        assertThat(ok(step("volunteer", id, "consent-to-showcase", "")).getBoolean("showcaseConsent")).isTrue();
        assertThat(ok(step("station-admin", id, "showcase", "")).getString("status")).isEqualTo("SHOWCASED");
        var showcase = as("resident").get("api/v1/orders/showcased?unit=" + STATION + "&limit=200");
        JsonObject shown = showcase.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("id").equals(id)).findFirst().orElseThrow();
        assertThat(shown.getString("volunteer")).isEqualTo("周晓明");
        assertThat(shown.getJsonObject("item").getString("name")).isEqualTo("理发");
        assertThat(shown.getString("report")).isEqualTo("理发完成，老人很满意");
        assertThat(shown.toString()).doesNotContain("赵大爷");

        // the served time is on the volunteer's certificate: the station recorded it, so the station issues it
        var certified = admin.post("api/v1/certificates", """
                {"volunteer":"%s","unit":"%s","contact":"0571-88888888"}""".formatted(DemoData.DEMO_VOLUNTEER, STATION));
        assertThat(certified.status()).as(certified.toString()).isEqualTo(201);
        assertThat(certified.json().getJsonNumber("minutes").longValue() - minutesCertifiedBefore).isEqualTo(90);
        String hours = certified.json().getJsonNumber("hours").bigDecimalValue().toPlainString();
        var pdf = volunteer.getBytes("api/v1/certificates/" + certified.string("id") + "/pdf", "application/pdf");
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("志愿服务记录证明", "周晓明",
                    hours + " 小时", certified.json().getJsonNumber("minutes") + " 分钟", certified.string("number"));
        }
    }

    private long minutesCertified(Api admin) {
        var certified = admin.post("api/v1/certificates", """
                {"volunteer":"%s","unit":"%s","contact":"0571-88888888"}""".formatted(DemoData.DEMO_VOLUNTEER, STATION));
        assertThat(certified.status()).as(certified.toString()).isEqualTo(201);
        return certified.json().getJsonNumber("minutes").longValue();
    }

    @Test
    @DisplayName("R-ORD-1 a team offer is accepted or declined by a member of the team only")
    void aTeamOfferIsForItsMembers() {
        String notMine = placeItem(DemoData.MENU_REPAIR.toString(), "钱大爷-" + suffix()).getString("id");
        ok(step("station-admin", notMine, "review", "{}"));
        ok(step("station-admin", notMine, "offer", "{\"kind\":\"TEAM\",\"id\":\"%s\"}".formatted(team("team-expert"))));
        assertProblem(step("volunteer", notMine, "accept", ""), 403, "ORDER-NOT-TEAM-MEMBER");
        assertProblem(step("volunteer", notMine, "decline", "{\"reason\":\"x\"}"), 403, "ORDER-NOT-TEAM-MEMBER");

        String mine = placeItem(DemoData.MENU_REPAIR.toString(), "孙大妈-" + suffix()).getString("id");
        ok(step("station-admin", mine, "review", "{}"));
        ok(step("station-admin", mine, "offer", "{\"kind\":\"TEAM\",\"id\":\"%s\"}".formatted(team("team-volunteer"))));
        JsonObject accepted = ok(step("volunteer", mine, "accept", ""));
        assertThat(accepted.getString("acceptedBy")).isEqualTo(DemoData.DEMO_VOLUNTEER.toString());
    }

    @Test
    @DisplayName("R-ORD-2 an order nobody takes within the time limit moves from the station to the institute")
    void anOrderNobodyTakesInTimeEscalatesToTheInstitute() {
        String id = place("resident", """
                {"unit":"%s","wish":"修收音机-%s"}""".formatted(STATION, suffix())).getString("id");
        assertThat(ok(as("station-admin").get("api/v1/orders/" + id)).getString("handlingUnit")).isEqualTo(STATION);

        var shifted = as("station-head").put("api/v1/testing/clock", "{\"offset\":\"PT49H\"}");
        assertThat(shifted.status()).as(shifted.toString()).isEqualTo(200);
        JsonObject order = await("the order " + id + " escalated").atMost(Duration.ofSeconds(60))
                .until(() -> ok(as("station-head").get("api/v1/orders/" + id)),
                        o -> !o.getString("handlingUnit").equals(STATION));
        assertThat(order.getString("handlingUnit")).as(order.toString())
                .isEqualTo(DemoData.INSTITUTE_YUANDONG.toString());
        JsonObject escalated = order.getJsonArray("history").getValuesAs(JsonObject.class).getLast();
        assertThat(escalated.getString("action")).isEqualTo("ESCALATE");
        assertThat(escalated.getString("actor")).isEqualTo("system:escalation");

        assertThat(ids(as("institute-admin").get("api/v1/orders?unit=" + DemoData.INSTITUTE_YUANDONG + "&limit=200")))
                .contains(id);
        assertProblem(step("station-admin", id, "review", "{}"), 403, "ACCESS-DENIED");
        assertThat(ok(step("institute-admin", id, "review", "{}")).getString("status")).isEqualTo("REVIEWED");
    }

    private static boolean absent(JsonObject o, String field) {
        return !o.containsKey(field) || o.isNull(field);
    }

    private static String team(String key) {
        return UUID.nameUUIDFromBytes(("civility-demo:" + key).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }
}
