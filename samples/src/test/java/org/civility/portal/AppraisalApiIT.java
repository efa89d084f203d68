package org.civility.portal;

import jakarta.json.JsonObject;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole appraisal campaign (评) through the REST API: households, nominations, a residents' vote with
 * one vote per household (R-APPR-1), public notice, an objection and its dismissal, and the award after
 * the 7-day notice, which the test reaches by shifting the test portal's clock (org.civility.portal.testing).
 */
@ExtendWith(SharedPortal.class)
class AppraisalApiIT {

    @SharedPortal.Url
    URL deployment;

    private Api as(String user) {
        return Api.at(deployment).as(user, DemoData.DEMO_PASSWORD);
    }

    @AfterEach
    void resetClock() {
        as("station-head").put("api/v1/testing/clock", "{\"offset\":\"PT0S\"}");
    }

    @Test
    @DisplayName("R-APPR-1 a whole campaign: nominate, vote once per household, notice, objection, award, history")
    void runsAWholeCampaign() {
        Api head = as("station-head");
        String station = DemoData.STATION_YUANDONG.toString();
        String suffix = UUID.randomUUID().toString().substring(0, 8);

        // Households: the resident and the county head vote for the first, the station head for the second.
        var first = head.post("api/v1/households", """
                {"unitId":"%s","head":"王大山-%s","address":"圆东村3组12号","grid":"第三网格","members":4,
                 "voters":["resident","center-head"]}""".formatted(station, suffix));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String wangs = first.string("id");
        var second = head.post("api/v1/households", """
                {"unitId":"%s","head":"李春花-%s","address":"圆东村1组3号","members":3,"voters":["station-head"]}"""
                .formatted(station, suffix));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        String lis = second.string("id");

        var started = head.post("api/v1/appraisals", """
                {"unitId":"%s","kind":"GOOD_NEIGHBOUR","title":"好邻居评选-%s","year":2025,
                 "criteria":["邻里和睦","热心助人"],"places":1}""".formatted(station, suffix));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        assertThat(started.header("Location")).endsWith("/api/v1/appraisals/" + started.string("id"));
        String campaign = "api/v1/appraisals/" + started.string("id");

        var nominated = head.post(campaign + "/nominations",
                "{\"householdId\":\"%s\",\"reason\":\"常年照顾孤寡老人\"}".formatted(wangs));
        assertThat(nominated.status()).as(nominated.toString()).isEqualTo(201);
        nominated = head.post(campaign + "/nominations",
                "{\"householdId\":\"%s\",\"person\":\"李春花\",\"reason\":\"调解邻里纠纷\"}".formatted(lis));
        assertThat(nominated.status()).as(nominated.toString()).isEqualTo(201);
        String wangNomination = nominated.json().getJsonArray("nominations").getJsonObject(0).getString("id");
        String liNomination = nominated.json().getJsonArray("nominations").getJsonObject(1).getString("id");

        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        var opened = head.withHeader("If-Match", nominated.header("ETag")).post(campaign + "/voting",
                "{\"opens\":\"%s\",\"closes\":\"%s\"}".formatted(now.minusMinutes(1), now.plusHours(1)));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        assertThat(opened.string("phase")).isEqualTo("VOTING");

        // Nominations close once voting opened.
        var late = head.post(campaign + "/nominations", "{\"householdId\":\"%s\",\"reason\":\"x\"}".formatted(lis));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().getString("code")).isEqualTo("APPRAISAL-PHASE");

        // One vote per household (R-APPR-1).
        var vote = as("resident").post(campaign + "/votes",
                "{\"householdId\":\"%s\",\"nominationId\":\"%s\"}".formatted(wangs, wangNomination));
        assertThat(vote.status()).as(vote.toString()).isEqualTo(200);
        vote = head.post(campaign + "/votes",
                "{\"householdId\":\"%s\",\"nominationId\":\"%s\"}".formatted(lis, wangNomination));
        assertThat(vote.status()).as(vote.toString()).isEqualTo(200);
        var twice = as("center-head").post(campaign + "/votes",
                "{\"householdId\":\"%s\",\"nominationId\":\"%s\"}".formatted(wangs, liNomination));
        assertThat(twice.status()).as(twice.toString()).isEqualTo(422);
        assertThat(twice.contentType()).startsWith("application/problem+json");
        assertThat(twice.json().getString("code")).isEqualTo("R-APPR-1");
        // Only a registered member votes for a household.
        var notMember = as("resident").post(campaign + "/votes",
                "{\"householdId\":\"%s\",\"nominationId\":\"%s\"}".formatted(lis, wangNomination));
        assertThat(notMember.status()).isEqualTo(403);
        assertThat(notMember.json().getString("code")).isEqualTo("APPRAISAL-NOT-A-MEMBER");

        // Voting cannot close before its window ends; two hours later it can, and the notice starts.
        assertThat(head.post(campaign + "/notice", null).json().getString("code")).isEqualTo("APPRAISAL-VOTING-RUNNING");
        shiftClock("PT2H");
        var notice = head.post(campaign + "/notice", null);
        assertThat(notice.status()).as(notice.toString()).isEqualTo(200);
        assertThat(notice.string("phase")).isEqualTo("PUBLIC_NOTICE");
        assertThat(nomination(notice.json(), 0).getString("status")).isEqualTo("SHORTLISTED");
        assertThat(nomination(notice.json(), 0).getInt("votes")).isEqualTo(2);
        assertThat(nomination(notice.json(), 1).getString("status")).isEqualTo("NOT_SELECTED");
        assertThat(OffsetDateTime.parse(notice.string("noticeEnds")))
                .isEqualTo(OffsetDateTime.parse(notice.string("noticeStarts")).plusDays(7));

        // No award during the notice.
        var early = head.post(campaign + "/award", null);
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().getString("code")).isEqualTo("APPRAISAL-NOTICE-RUNNING");

        // An objection suspends the award; dismissed, the nomination is back on notice.
        var objected = as("resident").post(campaign + "/objections",
                "{\"nominationId\":\"%s\",\"reason\":\"门前长期堆放杂物\"}".formatted(wangNomination));
        assertThat(objected.status()).as(objected.toString()).isEqualTo(201);
        assertThat(nomination(objected.json(), 0).getString("status")).isEqualTo("SUSPENDED");
        String objection = objected.json().getJsonArray("objections").getJsonObject(0).getString("id");
        shiftClock("P8D");
        var blocked = head.post(campaign + "/award", null);
        assertThat(blocked.json().getString("code")).isEqualTo("APPRAISAL-OBJECTIONS-OPEN");
        var resolved = head.post(campaign + "/objections/" + objection + "/resolution",
                "{\"upheld\":false,\"note\":\"经核实已清理\"}");
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(nomination(resolved.json(), 0).getString("status")).isEqualTo("SHORTLISTED");
        assertThat(resolved.json().getJsonArray("objections").getJsonObject(0).getString("status")).isEqualTo("DISMISSED");

        // After the notice period: awarded, and the household's history shows it.
        var awarded = head.withHeader("If-Match", resolved.header("ETag")).post(campaign + "/award", null);
        assertThat(awarded.status()).as(awarded.toString()).isEqualTo(200);
        assertThat(awarded.string("phase")).isEqualTo("AWARDED");
        assertThat(nomination(awarded.json(), 0).getString("status")).isEqualTo("AWARDED");
        var history = as("resident").get("api/v1/households/" + wangs + "/history");
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        var awards = history.parse().asJsonArray();
        assertThat(awards).hasSize(1);
        assertThat(awards.getJsonObject(0).getString("title")).isEqualTo("好邻居评选-" + suffix);
        assertThat(awards.getJsonObject(0).getString("kind")).isEqualTo("GOOD_NEIGHBOUR");
        assertThat(as("resident").get("api/v1/households/" + lis + "/history").parse().asJsonArray()).isEmpty();
    }

    @Test
    void listsAndGuardsCampaignsAndHouseholds() {
        String station = DemoData.STATION_YUANDONG.toString();
        var started = as("station-admin").post("api/v1/appraisals", """
                {"unitId":"%s","kind":"STAR_CIVILISED_HOUSEHOLD","title":"星级文明户-%s","year":2025,
                 "starThresholds":[1,3,5]}""".formatted(station, UUID.randomUUID()));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);

        assertThat(as("resident").get("api/v1/appraisals?unit=" + station).json().getJsonArray("items")).isNotEmpty();
        assertThat(as("resident").get("api/v1/appraisals/" + started.string("id")).header("ETag")).isNotNull();
        assertThat(as("resident").post("api/v1/appraisals", "{\"unitId\":\"%s\",\"kind\":\"GOOD_PERSON\",\"title\":\"x\",\"year\":2025}"
                .formatted(station)).status()).isEqualTo(403);
        assertThat(as("chengnan-admin").get("api/v1/appraisals/" + started.string("id")).status()).isEqualTo(403);
        assertThat(as("resident").get("api/v1/appraisals/not-a-uuid").status()).isEqualTo(400);
        assertThat(as("resident").get("api/v1/households/" + UUID.randomUUID()).status()).isEqualTo(404);
        var badThresholds = as("station-admin").post("api/v1/appraisals", """
                {"unitId":"%s","kind":"STAR_CIVILISED_HOUSEHOLD","title":"x","year":2025,"starThresholds":[3,2]}"""
                .formatted(station));
        assertThat(badThresholds.status()).isEqualTo(400);
        assertThat(badThresholds.json().getString("code")).isEqualTo("APPRAISAL-THRESHOLDS-INVALID");
        var household = as("station-admin").post("api/v1/households", """
                {"unitId":"%s","head":"赵四-%s","address":"圆东村2组8号","members":2}"""
                .formatted(station, UUID.randomUUID()));
        assertThat(household.status()).as(household.toString()).isEqualTo(201);
        String account = "zhao-" + UUID.randomUUID();
        var linked = as("station-admin").withHeader("If-Match", household.header("ETag"))
                .post("api/v1/households/" + household.string("id") + "/voters", "{\"account\":\"%s\"}".formatted(account));
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        assertThat(linked.json().getJsonArray("voters").getString(0)).isEqualTo(account);
        var taken = as("station-admin").post("api/v1/households", """
                {"unitId":"%s","head":"赵五","address":"圆东村2组9号","members":2,"voters":["%s"]}"""
                .formatted(station, account));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().getString("code")).isEqualTo("APPRAISAL-VOTER-TAKEN");
        // The register (heads, addresses, voters) is for appraisal staff, not for every resident.
        assertThat(as("station-admin").get("api/v1/households?unit=" + station).status()).isEqualTo(200);
        assertThat(as("resident").get("api/v1/households?unit=" + station).status()).isEqualTo(403);
        assertThat(as("resident").get("api/v1/households/" + household.string("id")).status()).isEqualTo(403);
    }

    private void shiftClock(String offset) {
        var shifted = as("station-head").put("api/v1/testing/clock", "{\"offset\":\"%s\"}".formatted(offset));
        assertThat(shifted.status()).as(shifted.toString()).isEqualTo(200);
    }

    private static JsonObject nomination(JsonObject campaign, int index) {
        return campaign.getJsonArray("nominations").getJsonObject(index);
    }
}
