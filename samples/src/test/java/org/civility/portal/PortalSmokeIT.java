package org.civility.portal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal starts, is healthy, documents its API and guards it. */
@ExtendWith(SharedPortal.class)
class PortalSmokeIT {

    @SharedPortal.Url
    URL deployment;

    @Test
    void apiWithoutCredentialsAnswers401ProblemInChinese() {
        var reply = Api.at(deployment).get("api/v1/me");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("code")).isEqualTo("UNAUTHENTICATED");
        assertThat(reply.json().getString("title")).isEqualTo("需要登录");
        assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void wrongPasswordAnswers401() {
        var reply = Api.at(deployment).as("station-head", "wrong").get("api/v1/me");

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void demoAccountSignsInAndSeesItsRoles() {
        var reply = Api.at(deployment).as("station-head", "civility-demo").get("api/v1/me");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().getString("name")).isEqualTo("station-head");
        assertThat(reply.json().getJsonArray("grants").getJsonObject(0).getString("role")).isEqualTo("HEAD");
    }

    @Test
    void meListsWhatTheActorMayDoAtEachUnitByCoresTableOfRoles() {
        var reply = Api.at(deployment).as("duty-staff", "civility-demo").get("api/v1/me");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        var permissions = reply.json().getJsonArray("permissions");
        assertThat(permissions).hasSize(1);
        assertThat(permissions.getJsonObject(0).getString("unitId"))
                .isEqualTo(reply.json().getJsonArray("grants").getJsonObject(0).getString("unitId"));
        assertThat(permissions.getJsonObject(0).getJsonArray("permissions").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsExactly("BOOK_VENUES", "PLACE_ORDERS_FOR_RESIDENTS", "SIGN_VENUE_CHECKLIST", "VIEW");
    }

    @Test
    void englishTitlesOnRequest() {
        var reply = Api.at(deployment).withHeader("Accept-Language", "en").get("api/v1/me");

        assertThat(reply.json().getString("title")).isEqualTo("Sign-in required");
    }
}
