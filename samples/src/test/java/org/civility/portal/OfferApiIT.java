package org.civility.portal;

import java.net.URL;
import java.util.UUID;

import jakarta.json.Json;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resource list through the portal's API: the demo volunteer publishes, revises, withdraws and reactivates
 * their offer; nobody else keeps it; the place is shown only to its keeper; candidates need an existing order.
 */
@ExtendWith(SharedPortal.class)
class OfferApiIT {

    private static final String STATION = DemoData.STATION_YUANDONG.toString();
    private static final String VOLUNTEER = DemoData.DEMO_VOLUNTEER.toString();

    @SharedPortal.Url
    URL deployment;

    private Api as(String user) {
        return Api.at(deployment).as(user, "civility-demo");
    }

    private static String offer(String skill) {
        return Json.createObjectBuilder()
                .add("ownerKind", "VOLUNTEER")
                .add("ownerId", VOLUNTEER)
                .add("skills", Json.createArrayBuilder().add(skill).add("First-Aid"))
                .add("unit", STATION)
                .add("grid", "第一网格")
                .add("latitude", 30.25)
                .add("longitude", 120.15)
                .add("availability", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("day", "SATURDAY").add("start", "09:00").add("end", "24:00")))
                .add("note", "周末可上门")
                .build().toString();
    }

    @Test
    void theVolunteerKeepsTheirOwnOfferAndOthersOnlyReadIt() {
        var published = as("volunteer").post("api/v1/offers", offer("理发"));
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        String id = published.string("id");
        assertThat(published.header("Location")).endsWith("/api/v1/offers/" + id);
        assertThat(published.header("ETag")).isEqualTo("\"1\"");
        assertThat(published.json().getJsonArray("skills").toString()).isEqualTo("[\"first-aid\",\"理发\"]");
        assertThat(published.json().getJsonNumber("latitude").doubleValue()).isEqualTo(30.25);
        assertThat(published.json().getJsonArray("availability").getJsonObject(0).getString("end")).isEqualTo("24:00");

        var again = as("volunteer").post("api/v1/offers", offer("按摩"));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.string("code")).isEqualTo("OFFER-EXISTS");

        var byHead = as("station-head").get("api/v1/offers/" + id);
        assertThat(byHead.status()).as(byHead.toString()).isEqualTo(200);
        assertThat(byHead.json().containsKey("latitude")).isFalse();
        var denied = as("station-head").post("api/v1/offers/" + id + "/withdraw", "");
        assertThat(denied.status()).as(denied.toString()).isEqualTo(403);
        assertThat(denied.string("code")).isEqualTo("OFFER-NOT-OWNER");

        var revised = as("volunteer").withHeader("If-Match", "\"1\"").put("api/v1/offers/" + id, Json.createObjectBuilder()
                .add("skills", Json.createArrayBuilder().add("理发")).add("unit", STATION).build().toString());
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.header("ETag")).isEqualTo("\"2\"");
        var stale = as("volunteer").withHeader("If-Match", "\"1\"").post("api/v1/offers/" + id + "/withdraw", "");
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        var withdrawn = as("volunteer").post("api/v1/offers/" + id + "/withdraw", "");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().getBoolean("active")).isFalse();

        var active = as("station-head").get("api/v1/offers?unit=" + STATION);
        assertThat(active.status()).as(active.toString()).isEqualTo(200);
        assertThat(active.body()).doesNotContain(id);
        var all = as("station-head").get("api/v1/offers?unit=" + STATION + "&active=false");
        assertThat(all.body()).contains(id);
        assertThat(as("volunteer").post("api/v1/offers/" + id + "/reactivate", "").json().getBoolean("active")).isTrue();
    }

    @Test
    void candidatesOfAnUnknownOrderAre404() {
        var reply = as("station-head").get("api/v1/orders/" + UUID.randomUUID() + "/candidates?limit=5");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
        var bad = as("station-head").get("api/v1/orders/" + UUID.randomUUID() + "/candidates?limit=0");
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
    }
}
