package org.civility.portal;

import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Updates of rows that already exist reach the database inside the container (where EclipseLink
 * weaves the entities), not only in the resource-local tests.
 */
@ExtendWith(SharedPortal.class)
class StoredUpdatesIT {

    @SharedPortal.Url
    URL deployment;

    @Test
    void changingAStoredSettingTwiceKeepsTheLastValue() {
        var api = Api.at(deployment).as("station-head", DemoData.DEMO_PASSWORD);
        String setting = "api/v1/units/" + DemoData.STATION_YUANDONG + "/settings/venue.max-booking-hours";

        assertThat(api.put(setting, "{\"value\":\"10\"}").status()).isEqualTo(200);
        assertThat(api.put(setting, "{\"value\":\"8\"}").status()).isEqualTo(200);
        var read = api.get(setting);
        api.delete(setting);

        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().getString("value")).isEqualTo("8");
    }
}
