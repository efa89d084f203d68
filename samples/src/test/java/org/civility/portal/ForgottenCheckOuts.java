package org.civility.portal;

import jakarta.json.JsonObject;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The forgotten check-out job as the ITs see it: it runs every two seconds in tests (arquillian.xml). */
public final class ForgottenCheckOuts {

    private ForgottenCheckOuts() {
    }

    /** Waits until the job has closed the session and its closing entry is up for review at the unit; answers it. */
    public static JsonObject awaitReviewOf(Api admin, String unit, String session) {
        return await("the forgotten check-out " + session + " closed for review").atMost(Duration.ofSeconds(90))
                .until(() -> {
                    var list = admin.get("api/v1/units/" + unit + "/service-records/to-review?limit=200");
                    assertThat(list.status()).as(list.toString()).isEqualTo(200);
                    return list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                            .filter(e -> session.equals(e.getString("correctsId", null))).findFirst();
                }, Optional::isPresent).orElseThrow();
    }
}
