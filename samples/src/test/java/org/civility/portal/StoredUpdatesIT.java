package org.civility.portal;

import org.civility.portal.setup.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Updates of rows that already exist reach the database inside the container (where EclipseLink
 * weaves the entities), not only in the resource-local tests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StoredUpdatesIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
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
