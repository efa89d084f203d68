package org.civility.portal.privacy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.civility.portal.Api;
import org.civility.portal.OwnPortal;
import org.civility.portal.PortalProcess;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logs hold no personal data (DOMAIN §9): a packaged portal with the demo set is used the way a station uses it, with
 * the failures that tempt a log line (a duplicate ID number, a wrong check digit, wrong passwords for a phone number,
 * a sign-up code, a care recipient's details), and then its whole log is searched for the demo volunteers' names, ID
 * numbers and phone numbers and for every name, number and address the test sent. None may appear.
 */
@OwnPortal
class LogPrivacyIT {

    private static final String STATION = DemoData.STATION_YUANDONG.toString();
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    @Test
    void theLogOfADayAtTheStationNamesNobody() {
        Set<String> personal = new LinkedHashSet<>();
        try (PortalProcess portal = PortalProcess.start("log-privacy", Map.of(
                "CIVILITY_DATASOURCE_URL", "jdbc:h2:mem:civility-log-privacy;DB_CLOSE_DELAY=-1",
                "CIVILITY_DEMO", "true"))) {
            Api api = Api.at(portal.url());
            Api admin = api.as("station-admin", DemoData.DEMO_PASSWORD);
            Api head = api.as("station-head", DemoData.DEMO_PASSWORD);

            // The demo set's people, as the station's administrator sees them in full.
            var volunteers = admin.get("api/v1/volunteers?unit=" + STATION + "&limit=100");
            assertThat(volunteers.status()).as(volunteers.toString()).isEqualTo(200);
            for (JsonObject v : volunteers.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
                personal.add(v.getString("realName"));
                personal.add(v.getString("residentIdNumber"));
                personal.add(v.getString("phone"));
            }
            assertThat(personal).hasSizeGreaterThanOrEqualTo(18).noneMatch(p -> p.contains("*"));

            // A volunteer registered, then again (409), then with a wrong check digit (400).
            String id = residentId();
            String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
            personal.addAll(Set.of("欧阳隐私", id, phone));
            assertThat(admin.post("api/v1/volunteers", volunteer("欧阳隐私", id, phone)).status()).isEqualTo(201);
            assertThat(admin.post("api/v1/volunteers", volunteer("欧阳隐私", id, phone)).status()).isEqualTo(409);
            String wrong = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
            personal.add(wrong);
            assertThat(admin.post("api/v1/volunteers", volunteer("欧阳隐私", wrong, phone)).status()).isEqualTo(400);

            // Wrong passwords for a phone number as user name, and a sign-up code sent to a phone.
            String residentPhone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
            personal.add(residentPhone);
            for (int i = 0; i < 3; i++) {
                assertThat(api.post("api/v1/sessions", Json.createObjectBuilder().add("username", residentPhone)
                        .add("password", "wrong-password-" + i).build().toString()).status()).isEqualTo(401);
            }
            assertThat(api.as(residentPhone, "wrong-password").get("api/v1/me").status()).isEqualTo(401);
            assertThat(api.post("api/v1/sign-ups/codes", "{\"phone\":\"" + residentPhone + "\"}").status())
                    .isEqualTo(202);

            // A care recipient registered and read in full; an order for a named resident.
            String elderPhone = "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
            personal.addAll(Set.of("司马秀珍", elderPhone, "圆东村七组 19 号"));
            var elder = admin.post("api/v1/care-recipients", Json.createObjectBuilder().add("unit", STATION)
                    .add("category", "EMPTY_NEST_ELDER").add("name", "司马秀珍").add("birthYear", 1944)
                    .add("address", "圆东村七组 19 号").add("phone", elderPhone).add("needs", "独居").build().toString());
            assertThat(elder.status()).as(elder.toString()).isEqualTo(201);
            assertThat(head.get("api/v1/care-recipients/" + elder.string("id")).status()).isEqualTo(200);
            personal.add("诸葛建国");
            var order = api.as("resident", DemoData.DEMO_PASSWORD).post("api/v1/orders", """
                    {"unit":"%s","menuItem":"%s","recipient":"诸葛建国"}""".formatted(STATION, DemoData.MENU_HAIRCUT));
            assertThat(order.status()).as(order.toString()).isEqualTo(201);

            String log = portal.log();
            assertThat(log).as("the portal's log").isNotBlank();
            assertThat(personal).as("personal data in %s", "target/portal-processes/log-privacy.log")
                    .noneMatch(log::contains);
            System.out.printf("log-privacy: %d personal values searched in %d lines of log, none found%n",
                    personal.size(), log.lines().count());
        }
    }

    private static String volunteer(String name, String residentId, String phone) {
        return Json.createObjectBuilder().add("homeUnit", STATION).add("realName", name)
                .add("residentIdNumber", residentId).add("phone", phone).add("origin", "RESIDENT")
                .add("skills", Json.createArrayBuilder().add("急救")).build().toString();
    }

    /** 110105, a birth date 20 to 60 years ago, a random sequence number and the GB 11643 check character. */
    private static String residentId() {
        LocalDate birth = LocalDate.now().minusYears(20).minusDays(ThreadLocalRandom.current().nextInt(365 * 40));
        String first17 = "110105" + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
