package org.civility.portal;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo set a fresh portal starts with: the 圆东村 station, its five teams and linked accounts. */
@ExtendWith(SharedPortal.class)
class DemoDataIT {

    @SharedPortal.Url
    URL deployment;

    @Test
    void theYuandongStationHasItsFiveTeams() {
        var reply = Api.at(deployment).as("station-head", DemoData.DEMO_PASSWORD)
                .get("api/v1/teams?unit=" + DemoData.STATION_YUANDONG + "&limit=200");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("kind"))
                .contains("EXPERT", "PROFESSIONAL", "VOLUNTEER", "FIVE_ELDERS", "GRASSROOTS_SPEAKER");
    }

    @Test
    void theStationSitsUnderItsInstituteAndCenter() {
        var api = Api.at(deployment).as("center-head", DemoData.DEMO_PASSWORD);

        var station = api.get("api/v1/units/" + DemoData.STATION_YUANDONG);
        var institute = api.get("api/v1/units/" + DemoData.INSTITUTE_YUANDONG);

        assertThat(station.status()).as(station.toString()).isEqualTo(200);
        assertThat(station.body()).contains("圆东村新时代文明实践站", DemoData.INSTITUTE_YUANDONG.toString());
        assertThat(institute.body()).contains(DemoData.CENTER.toString());
    }

    @Test
    void theVolunteerAccountSeesItsOwnRecordUnmaskedAndOthersMasked() {
        var api = Api.at(deployment).as("volunteer", DemoData.DEMO_PASSWORD);

        var own = api.get("api/v1/volunteers/" + DemoData.DEMO_VOLUNTEER);

        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.body()).contains("周晓明").doesNotContain("*");
        var list = api.get("api/v1/volunteers?unit=" + DemoData.STATION_YUANDONG + "&limit=200");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .filteredOn(v -> !v.getString("id").equals(DemoData.DEMO_VOLUNTEER.toString()))
                .isNotEmpty()
                .allSatisfy(v -> assertThat(((JsonString) v.get("phone")).getString()).contains("****"));
    }
}
