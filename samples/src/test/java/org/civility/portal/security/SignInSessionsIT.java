package org.civility.portal.security;

import org.civility.portal.Api;
import org.civility.portal.FreshDatabase;
import org.civility.portal.OwnPortal;
import org.civility.portal.PortalProcess;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in sessions live in the database: a token still works after the portal restarts (and so on any node), and
 * signing out everywhere ends every session of the account at once. The packaged WAR on its own Payara Micro, on a
 * PostgreSQL database of its own.
 */
@OwnPortal
class SignInSessionsIT {

    @Test
    void aTokenSurvivesARestartAndSigningOutEverywhereEndsEverySession() {
        try (FreshDatabase db = FreshDatabase.postgresql()) {
            Map<String, String> env = new HashMap<>(db.settings());
            env.put("CIVILITY_DEMO", "true");
            String phone;
            String desk;
            try (PortalProcess portal = PortalProcess.start("sessions-before-restart", env)) {
                Api api = Api.at(portal.url());
                phone = signIn(api);
                desk = signIn(api);
                assertThat(api.withHeader("Authorization", "Bearer " + phone).get("api/v1/me").status()).isEqualTo(200);
            }
            try (PortalProcess portal = PortalProcess.start("sessions-after-restart", env)) {
                Api api = Api.at(portal.url());
                Api onPhone = api.withHeader("Authorization", "Bearer " + phone);
                Api atDesk = api.withHeader("Authorization", "Bearer " + desk);
                assertThat(onPhone.get("api/v1/me").json().getString("name")).isEqualTo("station-head");

                Api.Reply everywhere = atDesk.delete("api/v1/sessions");
                assertThat(everywhere.status()).as(everywhere.toString()).isEqualTo(200);
                assertThat(everywhere.json().getInt("sessions")).isEqualTo(2);

                assertThat(onPhone.get("api/v1/me").status()).isEqualTo(401);
                assertThat(atDesk.get("api/v1/me").status()).isEqualTo(401);
                assertThat(api.as("station-head", "civility-demo").get("api/v1/me").status()).isEqualTo(200);
            }
        }
    }

    private static String signIn(Api api) {
        Api.Reply reply = api.post("api/v1/sessions", """
                {"username":"station-head","password":"civility-demo"}""");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.string("token");
    }
}
