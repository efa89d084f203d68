package org.civility.portal;

import java.net.URL;
import java.time.YearMonth;
import java.time.ZoneId;

import jakarta.json.JsonObject;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** Station assessments by the leadership group (R-ASSESS-1) end to end, as the demo accounts use them. */
@ExtendWith(SharedPortal.class)
class AssessmentApiIT {

    private static final String STATION = DemoData.STATION_YUANDONG.toString();
    private static final YearMonth LAST_MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);

    @SharedPortal.Url
    URL deployment;

    private Api as(String user) {
        return Api.at(deployment).as(user, DemoData.DEMO_PASSWORD);
    }

    private static String assessment(String station, YearMonth from, YearMonth to) {
        return """
                {"station": "%s", "from": "%s", "to": "%s", "rating": "GOOD",
                 "decision": "通报表扬，奖励活动经费2000元"}
                """.formatted(station, from, to);
    }

    @Test
    @DisplayName("R-ASSESS-1 the institute's administrator assesses the station; it is stored with its figures")
    void theInstituteAssessesTheStation() {
        var figures = as("institute-admin").get("api/v1/assessments/figures?station=" + STATION + "&from="
                + LAST_MONTH + "&to=" + LAST_MONTH);
        assertThat(figures.status()).as(figures.toString()).isEqualTo(200);
        assertThat(figures.json().getInt("lectureMonths")).isEqualTo(1);

        var made = as("institute-admin").post("api/v1/assessments", assessment(STATION, LAST_MONTH, LAST_MONTH));

        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        String id = made.string("id");
        assertThat(made.header("Location")).endsWith("api/v1/assessments/" + id);
        JsonObject stored = made.json().getJsonObject("figures");
        assertThat(stored.getInt("lectureMonths")).isEqualTo(1);
        assertThat(stored.getInt("venues")).isPositive();
        assertThat(stored.getInt("teams")).isPositive();
        assertThat(made.json().getString("rating")).isEqualTo("GOOD");
        assertThat(made.json().getString("assessedBy")).isEqualTo("institute-admin");

        var read = as("station-head").get("api/v1/assessments/" + id);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().getJsonObject("figures")).isEqualTo(stored);
        var list = as("station-head").get("api/v1/assessments?station=" + STATION + "&limit=200");
        assertThat(list.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("id")).contains(id);
    }

    @Test
    @DisplayName("R-ASSESS-1 a station does not assess itself; bad periods and other tiers are coded 400s")
    void refusesWhatCannotBeAssessed() {
        var self = as("station-head").post("api/v1/assessments", assessment(STATION, LAST_MONTH, LAST_MONTH));
        assertThat(self.status()).as(self.toString()).isEqualTo(403);
        assertThat(as("chengnan-admin").post("api/v1/assessments", assessment(STATION, LAST_MONTH, LAST_MONTH))
                .status()).isEqualTo(403);

        var current = as("institute-admin").post("api/v1/assessments",
                assessment(STATION, LAST_MONTH, LAST_MONTH.plusMonths(1)));
        assertThat(current.status()).as(current.toString()).isEqualTo(400);
        assertThat(current.json().getString("code")).isEqualTo("ASSESSMENT-PERIOD-INVALID");
        assertThat(current.json().getString("title")).isEqualTo("考核期间无效");
        var institute = as("institute-admin").post("api/v1/assessments",
                assessment(DemoData.INSTITUTE_YUANDONG.toString(), LAST_MONTH, LAST_MONTH));
        assertThat(institute.status()).as(institute.toString()).isEqualTo(400);
        assertThat(institute.json().getString("code")).isEqualTo("ASSESSMENT-NOT-A-STATION");
        var month = as("institute-admin").post("api/v1/assessments", assessment(STATION, LAST_MONTH, LAST_MONTH)
                .replace("\"from\": \"" + LAST_MONTH + "\"", "\"from\": \"March\""));
        assertThat(month.status()).as(month.toString()).isEqualTo(400);
    }
}
