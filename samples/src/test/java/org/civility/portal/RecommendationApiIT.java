package org.civility.portal;

import jakarta.json.JsonObject;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Residents recommend good people (推荐身边好人, R-APPR-2) through the REST API: the resident recommends while the
 * campaign nominates and sees only their own; the residents' committee reads all with who recommended, confirms one
 * into a nomination of the campaign and declines another with a reason, each once; after voting opens nobody
 * recommends.
 */
@ExtendWith(SharedPortal.class)
class RecommendationApiIT {

    @SharedPortal.Url
    URL deployment;

    private Api as(String user) {
        return Api.at(deployment).as(user, DemoData.DEMO_PASSWORD);
    }

    @Test
    @DisplayName("R-APPR-2 a resident recommends, the committee confirms one into a nomination and declines another, once each")
    void residentRecommendsAndTheCommitteeDecides() {
        Api admin = as("station-admin");
        Api resident = as("resident");
        Api committee = as("committee");
        String station = DemoData.STATION_YUANDONG.toString();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var household = admin.post("api/v1/households", """
                {"unitId":"%s","head":"张大山-%s","address":"圆东村5组2号","members":3}""".formatted(station, suffix));
        assertThat(household.status()).as(household.toString()).isEqualTo(201);
        var started = admin.post("api/v1/appraisals", """
                {"unitId":"%s","kind":"GOOD_PERSON","title":"身边好人-%s","year":2026,"places":3}"""
                .formatted(station, suffix));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String campaign = "api/v1/appraisals/" + started.string("id");

        // The resident recommends; so does the head (who holds VOTE too).
        var byResident = resident.post(campaign + "/recommendations",
                "{\"person\":\"张阿姨\",\"deed\":\"十年如一日照顾瘫痪的婆婆\"}");
        assertThat(byResident.status()).as(byResident.toString()).isEqualTo(201);
        assertThat(byResident.header("Location")).endsWith(campaign + "/recommendations/" + byResident.string("id"));
        assertThat(byResident.header("ETag")).isNotNull();
        assertThat(byResident.string("status")).isEqualTo("PENDING");
        assertThat(byResident.string("recommendedBy")).isEqualTo("resident");
        var byHead = as("station-head").post(campaign + "/recommendations", "{\"person\":\"赵六\",\"deed\":\"拾金不昧\"}");
        assertThat(byHead.status()).as(byHead.toString()).isEqualTo(201);
        String mine = campaign + "/recommendations/" + byResident.string("id");
        String heads = campaign + "/recommendations/" + byHead.string("id");

        // Who recommended stays with the committee: the resident sees only their own.
        var residentsList = resident.get(campaign + "/recommendations");
        assertThat(residentsList.status()).as(residentsList.toString()).isEqualTo(200);
        assertThat(residentsList.json().getJsonArray("items")).hasSize(1);
        assertThat(resident.get(heads).status()).isEqualTo(404);
        var committeesList = committee.get(campaign + "/recommendations").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(committeesList).extracting(r -> r.getString("recommendedBy")).containsExactly("resident", "station-head");

        // Only the committee decides; it reads the household register to pick the good person's household.
        var notAllowed = resident.post(mine + "/confirm", "{\"householdId\":\"%s\"}".formatted(household.string("id")));
        assertThat(notAllowed.status()).isEqualTo(403);
        assertThat(committee.get("api/v1/households?unit=" + station).status()).isEqualTo(200);
        var confirmed = committee.withHeader("If-Match", byResident.header("ETag")).post(mine + "/confirm",
                "{\"householdId\":\"%s\",\"person\":\"张桂兰\"}".formatted(household.string("id")));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.string("status")).isEqualTo("CONFIRMED");
        assertThat(confirmed.string("decidedBy")).isEqualTo("committee");
        JsonObject nomination = resident.get(campaign).json().getJsonArray("nominations").getJsonObject(0);
        assertThat(nomination.getString("id")).isEqualTo(confirmed.string("nominationId"));
        assertThat(nomination.getString("person")).isEqualTo("张桂兰");
        assertThat(nomination.getString("householdId")).isEqualTo(household.string("id"));
        assertThat(nomination.getString("reason")).isEqualTo("十年如一日照顾瘫痪的婆婆");
        assertThat(nomination.getString("nominatedBy")).isEqualTo("committee");
        assertThat(resident.get(campaign).body()).doesNotContain("\"resident\"");

        // Decided once: a second decision is 409.
        var again = committee.post(mine + "/decline", "{\"reason\":\"重复\"}");
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().getString("code")).isEqualTo("APPRAISAL-RECOMMENDATION-DECIDED");

        // A decline needs a reason, which the recommender reads.
        assertThat(committee.post(heads + "/decline", "{}").status()).isEqualTo(400);
        var declined = committee.post(heads + "/decline", "{\"reason\":\"已由他人提名\"}");
        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        assertThat(declined.string("status")).isEqualTo("DECLINED");
        assertThat(as("station-head").get(heads).string("declineReason")).isEqualTo("已由他人提名");

        // Too long a deed is refused before anything is stored.
        var tooLong = resident.post(campaign + "/recommendations",
                "{\"person\":\"李四\",\"deed\":\"%s\"}".formatted("好".repeat(501)));
        assertThat(tooLong.status()).isEqualTo(400);

        // Once voting opens, the campaign takes no recommendations.
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        var opened = admin.post(campaign + "/voting",
                "{\"opens\":\"%s\",\"closes\":\"%s\"}".formatted(now.minusMinutes(1), now.plusDays(3)));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        var late = resident.post(campaign + "/recommendations", "{\"person\":\"李四\",\"deed\":\"修桥补路\"}");
        assertThat(late.status()).as(late.toString()).isEqualTo(422);
        assertThat(late.json().getString("code")).isEqualTo("APPRAISAL-PHASE");
    }
}
