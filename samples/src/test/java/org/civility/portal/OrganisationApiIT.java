package org.civility.portal;

import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The units and settings API end to end, as the demo accounts use it. */
@ExtendWith(SharedPortal.class)
class OrganisationApiIT {

    private static final String PASSWORD = DemoData.DEMO_PASSWORD;
    private static final String GUARDIAN_AGE = "volunteer.guardian-consent-below-age";

    @SharedPortal.Url
    URL deployment;

    private Api as(String user) {
        return Api.at(deployment).as(user, PASSWORD);
    }

    private static String fresh(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A station founded by the center head below 城南街道, for tests that change it. */
    private Api.Reply aFreshStation() {
        var reply = as("center-head").post("api/v1/units", """
                {"tier": "STATION", "name": "%s", "parentId": "%s"}
                """.formatted(fresh("城南社区新时代文明实践站"), DemoData.INSTITUTE_CHENGNAN));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }

    @Test
    @DisplayName("R-ORG-1 the center head founds a station below an institute")
    void centerHeadFoundsAStationBelowAnInstitute() {
        String name = fresh("城南社区新时代文明实践站");

        var reply = as("center-head").post("api/v1/units", """
                {"tier": "STATION", "name": "%s", "parentId": "%s", "address": "城南街道幸福路 8 号"}
                """.formatted(name, DemoData.INSTITUTE_CHENGNAN));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        String id = reply.string("id");
        assertThat(reply.header("Location")).endsWith("api/v1/units/" + id);
        assertThat(reply.header("ETag")).isEqualTo("\"1\"");
        assertThat(reply.json().getString("tier")).isEqualTo("STATION");
        assertThat(reply.json().getString("name")).isEqualTo(name);
        assertThat(reply.json().getString("parentId")).isEqualTo(DemoData.INSTITUTE_CHENGNAN.toString());
        assertThat(reply.json().getJsonNumber("version").longValue()).isEqualTo(1);
        var children = as("chengnan-admin").get("api/v1/units?parent=" + DemoData.INSTITUTE_CHENGNAN + "&limit=200");
        assertThat(children.status()).as(children.toString()).isEqualTo(200);
        assertThat(children.json().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class))
                .extracting(o -> o.getString("id")).contains(id);
    }

    @Test
    @DisplayName("R-ORG-1 a station directly below the center is refused with 422 and a Chinese title")
    void stationDirectlyBelowTheCenterIsRefused() {
        var reply = as("center-head").post("api/v1/units", """
                {"tier": "STATION", "name": "%s", "parentId": "%s"}
                """.formatted(fresh("越级新时代文明实践站"), DemoData.CENTER));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("code")).isEqualTo("R-ORG-1");
        assertThat(reply.json().getString("title")).isEqualTo("上级单位层级不符");
    }

    @Test
    void adminOfAnotherInstituteMayNotRenameTheStation() {
        var reply = as("chengnan-admin").put("api/v1/units/" + DemoData.STATION_YUANDONG + "/name", """
                {"name": "被越权改名的站"}
                """);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("code")).isEqualTo("ACCESS-DENIED");
        assertThat(as("station-admin").get("api/v1/units/" + DemoData.STATION_YUANDONG).string("name"))
                .isEqualTo("圆东村新时代文明实践站");
    }

    @Test
    void stationAdminReadsItsStationWithAnETag() {
        var reply = as("station-admin").get("api/v1/units/" + DemoData.STATION_YUANDONG);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.header("ETag")).isEqualTo("\"" + reply.json().getJsonNumber("version").longValue() + "\"");
        assertThat(reply.json().getString("name")).isEqualTo("圆东村新时代文明实践站");
        assertThat(reply.json().getString("tier")).isEqualTo("STATION");
        assertThat(reply.json().getString("parentId")).isEqualTo(DemoData.INSTITUTE_YUANDONG.toString());
        assertThat(reply.json().getJsonArray("leadership")).hasSize(3);
        assertThat(reply.json().getJsonArray("leadership").getJsonObject(0).getString("role")).isEqualTo("HEAD");
        assertThat(reply.json().getJsonArray("grids")).isNotEmpty();
        assertThat(reply.json().getJsonArray("partners").getJsonObject(0).getString("kind")).isEqualTo("KINDERGARTEN");
    }

    @Test
    void withoutCredentialsTheUnitsAnswer401() {
        var reply = Api.at(deployment).get("api/v1/units/" + DemoData.STATION_YUANDONG);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().getString("code")).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aMalformedIdIsA400Problem() {
        var reply = as("center-head").get("api/v1/units/not-a-uuid");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().getString("code")).isEqualTo("INVALID-INPUT");
    }

    @Test
    void renameWithTheCurrentVersionSucceedsAndAStaleOneIs409() {
        String id = aFreshStation().string("id");
        String newName = fresh("更名后的实践站");

        var renamed = as("chengnan-admin").withHeader("If-Match", "\"1\"")
                .put("api/v1/units/" + id + "/name", "{\"name\": \"" + newName + "\"}");
        var stale = as("chengnan-admin").withHeader("If-Match", "\"1\"")
                .put("api/v1/units/" + id + "/name", "{\"name\": \"" + fresh("又一个名字") + "\"}");

        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.header("ETag")).isEqualTo("\"2\"");
        assertThat(renamed.string("name")).isEqualTo(newName);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.json().getString("code")).isEqualTo("STALE-VERSION");
        assertThat(as("chengnan-admin").get("api/v1/units/" + id).string("name")).isEqualTo(newName);
    }

    @Test
    @DisplayName("R-ORG-2 a committee member cannot take the head's seat; the party secretary can")
    void onlyThePartySecretaryBecomesHead() {
        String id = aFreshStation().string("id");

        var refused = as("chengnan-admin").post("api/v1/units/" + id + "/leadership", """
                {"personName": "赵委员", "post": "COMMITTEE_MEMBER", "role": "HEAD"}
                """);
        var seated = as("chengnan-admin").post("api/v1/units/" + id + "/leadership", """
                {"personName": "钱书记", "post": "PARTY_SECRETARY", "role": "HEAD"}
                """);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().getString("code")).isEqualTo("R-ORG-2");
        assertThat(seated.status()).as(seated.toString()).isEqualTo(200);
        assertThat(seated.json().getJsonArray("leadership").getJsonObject(0).getString("personName")).isEqualTo("钱书记");
    }

    @Test
    void staffGridsAndPartnersAreAddedAndRemoved() {
        String id = aFreshStation().string("id");
        Api admin = as("chengnan-admin");

        assertThat(admin.post("api/v1/units/" + id + "/staff", """
                {"personName": "孙老师", "role": "LECTURER"}""").status()).isEqualTo(200);
        assertThat(admin.post("api/v1/units/" + id + "/grids", """
                {"name": "第一网格", "buildings": 9}""").status()).isEqualTo(200);
        assertThat(admin.post("api/v1/units/" + id + "/partners", """
                {"name": "城南幼儿园", "kind": "KINDERGARTEN"}""").status()).isEqualTo(200);
        var full = admin.get("api/v1/units/" + id);
        var afterRemovals = admin.delete("api/v1/units/" + id + "/staff/" + encode("孙老师") + "?role=LECTURER");
        admin.delete("api/v1/units/" + id + "/grids/" + encode("第一网格"));
        var last = admin.delete("api/v1/units/" + id + "/partners/" + encode("城南幼儿园"));

        assertThat(full.json().getJsonArray("staff").getJsonObject(0).getString("role")).isEqualTo("LECTURER");
        assertThat(full.json().getJsonArray("grids").getJsonObject(0).getInt("buildings")).isEqualTo(9);
        assertThat(full.json().getJsonArray("partners").getJsonObject(0).getString("name")).isEqualTo("城南幼儿园");
        assertThat(afterRemovals.status()).as(afterRemovals.toString()).isEqualTo(200);
        assertThat(last.status()).as(last.toString()).isEqualTo(200);
        assertThat(last.json().getJsonArray("staff")).isEmpty();
        assertThat(last.json().getJsonArray("grids")).isEmpty();
        assertThat(last.json().getJsonArray("partners")).isEmpty();
        assertThat(last.header("ETag")).isEqualTo("\"7\"");
    }

    @Test
    void theCenterHeadListsTheRoots() {
        var reply = as("center-head").get("api/v1/units");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class))
                .extracting(o -> o.getString("id")).contains(DemoData.CENTER.toString());
    }

    @Test
    @DisplayName("GOV-LOOSEN the institute tightens the guardian-consent age; its station cannot loosen it")
    void aStationCannotLoosenWhatItsInstituteSet() {
        var tightened = as("institute-admin").put(
                "api/v1/units/" + DemoData.INSTITUTE_YUANDONG + "/settings/" + GUARDIAN_AGE, "{\"value\": \"18\"}");
        var loosened = as("station-admin").put(
                "api/v1/units/" + DemoData.STATION_YUANDONG + "/settings/" + GUARDIAN_AGE, "{\"value\": \"16\"}");
        var atStation = as("station-admin").get("api/v1/units/" + DemoData.STATION_YUANDONG + "/settings");

        assertThat(tightened.status()).as(tightened.toString()).isEqualTo(200);
        assertThat(tightened.json().getString("value")).isEqualTo("18");
        assertThat(tightened.json().getString("localValue")).isEqualTo("18");
        assertThat(loosened.status()).as(loosened.toString()).isEqualTo(422);
        assertThat(loosened.json().getString("code")).isEqualTo("GOV-LOOSEN");
        assertThat(loosened.json().getJsonObject("args").getString("inherited")).isEqualTo("18");
        assertThat(atStation.status()).as(atStation.toString()).isEqualTo(200);
        assertThat(atStation.json().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class))
                .filteredOn(o -> o.getString("name").equals(GUARDIAN_AGE))
                .singleElement()
                .satisfies(o -> assertThat(o.getString("value")).isEqualTo("18"));
    }

    @Test
    void anUnknownSettingIsA400Problem() {
        var reply = as("institute-admin").put(
                "api/v1/units/" + DemoData.INSTITUTE_YUANDONG + "/settings/no.such-setting", "{\"value\": \"1\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().getString("code")).isEqualTo("GOV-UNKNOWN-SETTING");
    }

    private static String encode(String segment) {
        return java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
