package org.civility.portal.firststart;

import jakarta.json.JsonObject;
import org.civility.portal.Api;
import org.civility.portal.FreshDatabase;
import org.civility.portal.OwnPortal;
import org.civility.portal.PortalProcess;
import org.civility.portal.browser.Browser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-ACC-3 on the packaged portal started as an operator starts it, without the demo flag, on an empty PostgreSQL
 * database of its own: the demo's published accounts do not exist, the database gets exactly one administrator
 * (through the one-time setup link in the log, or from the environment), who founds the center and an institute and
 * creates the institute's head, who creates a station and its head (one-time passwords, changed at the first
 * sign-in), all in headless Chromium; R-ACC-1 keeps the institute's head below the institute; a disabled account's
 * session ends at once. The demo never goes into a database that holds units.
 */
@OwnPortal
class FirstStartIT {

    private static final Pattern SETUP_TOKEN = Pattern.compile("/#/setup\\?token=([A-Za-z0-9_-]{43})\\b");
    private static final String PASSWORD = "长城-Wall-2026-示范";
    private static final String SUOZHANG_PASSWORD = "圆东镇-所长-2026";
    private static final String ZHANZHANG_PASSWORD = "圆东村-站长-Station-7";

    @Test
    @DisplayName("R-ACC-3 without the demo and the environment's administrator, only the setup link creates one")
    void aPortalWithoutAccountsServesOnlyTheSetupPageUntilItsFirstAdministratorExists() {
        try (FreshDatabase db = FreshDatabase.postgresql();
             PortalProcess portal = PortalProcess.start("first-start-setup", db.settings())) {
            Api api = Api.at(portal.url());
            assertThat(api.as("center-head", "civility-demo").get("api/v1/me").status()).isEqualTo(401);
            assertThat(api.get("api/v1/setup").json().getBoolean("required")).isTrue();
            String token = portal.logged(SETUP_TOKEN).orElseThrow(() ->
                    new AssertionError("no setup link in the log:\n" + portal.log()));

            Api.Reply forged = api.post("api/v1/setup", setup("A".repeat(43), "admin"));
            assertThat(forged.status()).as(forged.toString()).isEqualTo(403);
            assertThat(forged.string("code")).isEqualTo("SETUP-TOKEN-INVALID");

            try (Browser browser = Browser.open(portal.url(), Browser.DESKTOP)) {
                WebDriver d = browser.driver();
                browser.go("sign-in");
                assertThat(d.findElement(By.id("setup-required")).getText()).contains("初始设置");
                browser.go("setup?token=" + token);
                d.findElement(By.id("setup-name")).sendKeys("县中心系统管理员");
                d.findElement(By.id("setup-username")).sendKeys("county-admin");
                d.findElement(By.id("setup-password")).sendKeys(PASSWORD);
                d.findElement(By.id("setup-password-again")).sendKeys(PASSWORD);
                browser.screenshot("first-start-setup");
                d.findElement(By.id("setup-submit")).click();
                assertThat(browser.waitFor(By.cssSelector("#page-setup .notice")).getText()).contains("county-admin");

                browser.signIn("county-admin", PASSWORD);
                browser.waitReady("organisation");
                d.findElement(By.id("found-name-root")).sendKeys("示范县新时代文明实践中心");
                d.findElement(By.id("found-submit-root")).click();
                String center = browser.waitFor(By.cssSelector("#unit-tree li.unit")).getAttribute("data-unit");
                assertThat(d.findElement(By.id("unit-tree")).getText()).contains("示范县新时代文明实践中心");

                d.findElement(By.id("found-open-" + center)).click();
                d.findElement(By.id("found-name-" + center)).sendKeys("圆东镇新时代文明实践所");
                d.findElement(By.id("found-submit-" + center)).click();
                browser.waitForText(By.id("unit-tree"), "圆东镇新时代文明实践所");
                String institute = d.findElement(By.cssSelector("#unit-tree li.unit li.unit")).getAttribute("data-unit");
                browser.screenshot("first-start-organisation");

                // The institute's head (所长), who runs its accounts: only a head may create heads (R-ACC-1).
                String suozhang = createAccount(browser, institute, "yd-suozhang", "圆东镇所长", "HEAD");
                browser.screenshot("first-start-accounts");
                signInWithOneTimePassword(browser, "yd-suozhang", suozhang, SUOZHANG_PASSWORD);
                browser.go("organisation");
                d.findElement(By.id("found-open-" + institute)).click();
                d.findElement(By.id("found-name-" + institute)).sendKeys("圆东村新时代文明实践站");
                d.findElement(By.id("found-submit-" + institute)).click();
                browser.waitForText(By.id("unit-tree"), "圆东村新时代文明实践站");
                String station = d.findElement(By.cssSelector("li.unit[data-unit='" + institute + "'] li.unit"))
                        .getAttribute("data-unit");
                String zhanzhang = createAccount(browser, station, "yd-zhanzhang", "圆东村站长", "HEAD");
                signInWithOneTimePassword(browser, "yd-zhanzhang", zhanzhang, ZHANZHANG_PASSWORD);

                // The institute's head cannot reach above the institute (R-ACC-1).
                Api head = api.as("yd-suozhang", SUOZHANG_PASSWORD);
                String account = head.get("api/v1/accounts?unit=" + station).json().getJsonArray("items")
                        .getJsonObject(0).getString("id");
                Api.Reply above = head.post("api/v1/accounts/" + account + "/grants",
                        "{\"role\":\"DUTY_STAFF\",\"unitId\":\"" + center + "\"}");
                assertThat(above.status()).as(above.toString()).isEqualTo(403);
                assertThat(above.string("code")).isEqualTo("R-ACC-1");

                // The station head is signed in; disabling the account ends that session at once.
                String session = (String) browser.script("return sessionStorage.getItem('civility.token');");
                Api bearer = api.withHeader("Authorization", "Bearer " + session);
                assertThat(bearer.get("api/v1/me").json().getJsonArray("grants").getJsonObject(0).getString("unitId"))
                        .isEqualTo(station);
                Api.Reply disabled = head.post("api/v1/accounts/" + account + "/disabling", "{}");
                assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
                assertThat(bearer.get("api/v1/me").status()).isEqualTo(401);
                assertThat(api.as("yd-zhanzhang", ZHANZHANG_PASSWORD).get("api/v1/me").status()).isEqualTo(401);
            }

            JsonObject me = api.as("county-admin", PASSWORD).get("api/v1/me").json();
            assertThat(me.getJsonArray("grants").getValuesAs(JsonObject.class))
                    .extracting(g -> g.getString("role") + "@" + g.getString("unitId"))
                    .containsExactly("HEAD@00000000-0000-0000-0000-000000000000");
            assertThat(api.get("api/v1/setup").json().getBoolean("required")).isFalse();
            Api.Reply again = api.post("api/v1/setup", setup(token, "second-admin"));
            assertThat(again.status()).as(again.toString()).isEqualTo(409);
            assertThat(again.string("code")).isEqualTo("SETUP-DONE");
            assertThat(api.as("second-admin", PASSWORD).get("api/v1/me").status()).isEqualTo(401);
        }
    }

    @Test
    @DisplayName("R-ACC-3 the administrator named by the environment, and no demo into a database in service")
    void theEnvironmentNamesTheFirstAdministratorAndTheDemoNeverGoesIntoADatabaseInService() {
        try (FreshDatabase db = FreshDatabase.postgresql()) {
            Map<String, String> env = new HashMap<>(db.settings());
            env.put("CIVILITY_ADMIN_USERNAME", "ops");
            env.put("CIVILITY_ADMIN_PASSWORD", PASSWORD);
            env.put("CIVILITY_ADMIN_NAME", "运维管理员");
            try (PortalProcess portal = PortalProcess.start("first-start-environment", env)) {
                Api api = Api.at(portal.url());
                Api ops = api.as("ops", PASSWORD);
                assertThat(ops.get("api/v1/me").json().getString("name")).isEqualTo("ops");
                assertThat(api.get("api/v1/setup").json().getBoolean("required")).isFalse();
                assertThat(portal.logged(SETUP_TOKEN)).isEmpty();
                assertThat(api.as("center-head", "civility-demo").get("api/v1/me").status()).isEqualTo(401);
                Api.Reply center = ops.post("api/v1/units", """
                        {"tier":"CENTER","name":"示范县新时代文明实践中心"}""");
                assertThat(center.status()).as(center.toString()).isEqualTo(201);
            }

            Map<String, String> demo = new HashMap<>(db.settings());
            demo.put("CIVILITY_DEMO", "true");
            try (PortalProcess portal = PortalProcess.start("first-start-demo-refused", demo)) {
                Api api = Api.at(portal.url());
                assertThat(api.as("center-head", "civility-demo").get("api/v1/me").status()).isEqualTo(401);
                assertThat(api.as("ops", PASSWORD).get("api/v1/units").json().getJsonArray("items")).hasSize(1);
                assertThat(portal.log()).contains("demo data not loaded");
            }
        }
    }

    /** Creates an account on the accounts page and answers the one-time password it shows once. */
    private static String createAccount(Browser browser, String unit, String username, String name, String role) {
        WebDriver d = browser.driver();
        browser.go("accounts?unit=" + unit);
        d.findElement(By.id("new-account-username")).sendKeys(username);
        d.findElement(By.id("new-account-name")).sendKeys(name);
        new Select(d.findElement(By.id("new-account-role"))).selectByValue(role);
        d.findElement(By.id("new-account-submit")).click();
        String oneTime = browser.waitFor(By.id("one-time-password")).getText();
        assertThat(d.findElement(By.id("accounts-table")).getText()).contains(username, "待设置密码");
        assertThat(oneTime).hasSizeGreaterThanOrEqualTo(12);
        return oneTime;
    }

    /** Signs out, signs in with a one-time password and chooses one's own on the way. */
    private static void signInWithOneTimePassword(Browser browser, String username, String oneTime, String own) {
        WebDriver d = browser.driver();
        d.findElement(By.id("sign-out")).click();
        browser.waitReady("sign-in");
        d.findElement(By.id("sign-in-username")).sendKeys(username);
        d.findElement(By.id("sign-in-password")).sendKeys(oneTime);
        d.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
        d.findElement(By.id("sign-in-new-password")).sendKeys(own);
        d.findElement(By.id("sign-in-new-password-again")).sendKeys(own);
        browser.screenshot("first-start-choose-password-" + username);
        d.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
        browser.until("the start page of " + username, x -> {
            String ready = x.findElement(By.id("main")).getAttribute("data-ready");
            return ready != null && !"sign-in".equals(ready) && !"home".equals(ready);
        });
        assertThat(d.findElement(By.id("tools")).getText()).contains(username);
    }

    private static String setup(String token, String username) {
        return """
                {"token":"%s","name":"管理员","username":"%s","password":"%s"}""".formatted(token, username, PASSWORD);
    }
}
