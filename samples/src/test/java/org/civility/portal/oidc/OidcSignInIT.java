package org.civility.portal.oidc;

import jakarta.json.JsonObject;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.civility.portal.Api;
import org.civility.portal.OwnPortal;
import org.civility.portal.PortalProcess;
import org.civility.portal.browser.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.net.InetAddress;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff sign in through a real OpenID Connect provider (the mock OAuth2 server, on 127.0.0.1, with its login form) to
 * the packaged portal started as an operator starts it, in Chromium: the button on the sign-in page, the provider's
 * login page, back to the portal's start page with a bearer token that never was in a URL. A first sign-in creates an
 * account without roles and without a password. A deployment can switch password sign-in and HTTP Basic off.
 */
@OwnPortal
class OidcSignInIT {

    private static final String CLIENT_ID = "civility-portal";
    private static final String CLIENT_SECRET = UUID.randomUUID().toString();

    private static MockOAuth2Server provider;
    private static PortalProcess portal;

    @BeforeAll
    static void startProviderAndPortal() throws UnknownHostException, URISyntaxException {
        // Interactive: the provider answers the authorization request with a login form.
        String loginPage = Path.of(OidcSignInIT.class.getResource("/oidc/login.html").toURI()).toString();
        provider = new MockOAuth2Server(new OAuth2Config(true, loginPage));
        provider.start(InetAddress.getByName("127.0.0.1"), 0);
        portal = PortalProcess.start("oidc-sign-in", settings(Map.of()));
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.close();
        }
        if (provider != null) {
            provider.shutdown();
        }
    }

    @Test
    void staffSignInThroughTheIdentityPlatformAndLandOnTheirStartPage() {
        try (Browser browser = Browser.open(portal.url(), Browser.DESKTOP)) {
            WebDriver d = browser.driver();
            browser.go("sign-in");
            assertThat(d.findElement(By.id("sign-in-form")).isDisplayed()).isTrue();
            assertThat(d.findElement(By.id("sign-in-oidc")).getText()).isEqualTo("使用统一身份认证登录");
            browser.screenshot("oidc-sign-in");

            d.findElement(By.id("sign-in-oidc")).click();
            signInAtTheProvider(browser, "330102-zhang", """
                    {"preferred_username":"station-head","name":"圆东村站长"}""");

            browser.waitReady("station-dashboard");
            assertThat(d.findElement(By.id("tools")).getText()).contains("station-head");
            assertThat(d.getCurrentUrl()).doesNotContain("code=").doesNotContain("state=");
            String token = bearerToken(browser);
            assertThat(token).isNotBlank();
            assertThat(browser.script("return sessionStorage.getItem('civility.oidcFlow');")).isNull();

            JsonObject me = Api.at(portal.url()).withHeader("Authorization", "Bearer " + token).get("api/v1/me").json();
            assertThat(me.getString("name")).isEqualTo("station-head");
            assertThat(me.getJsonArray("grants")).isNotEmpty();
        }
    }

    @Test
    void theFirstSignInOfAnUnknownNameCreatesAnAccountWithoutRolesAndWithoutPassword() {
        String name = "li-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open(portal.url(), Browser.DESKTOP)) {
            WebDriver d = browser.driver();
            browser.go("sign-in");
            d.findElement(By.id("sign-in-oidc")).click();
            signInAtTheProvider(browser, "330102-li", """
                    {"preferred_username":"%s","name":"李干事"}""".formatted(name));

            browser.until("the start page after signing in through the identity platform", x -> {
                String ready = x.findElement(By.id("main")).getAttribute("data-ready");
                return ready != null && !ready.startsWith("sign-in");
            });
            assertThat(d.findElement(By.id("tools")).getText()).contains(name);

            Api api = Api.at(portal.url());
            JsonObject me = api.withHeader("Authorization", "Bearer " + bearerToken(browser)).get("api/v1/me").json();
            assertThat(me.getString("name")).isEqualTo(name);
            assertThat(me.getJsonArray("grants")).isEmpty();

            // No password signs the new account in: not the stored marker, not an empty one.
            assertThat(api.as(name, "!").get("api/v1/me").status()).isEqualTo(401);
            Api.Reply form = api.post("api/v1/sessions", """
                    {"username":"%s","password":"!"}""".formatted(name));
            assertThat(form.status()).as(form.toString()).isEqualTo(401);
            assertThat(form.string("code")).isEqualTo("SIGN-IN-FAILED");
        }
    }

    @Test
    void aDeploymentCanSwitchOffPasswordSignInAndHttpBasic() {
        Map<String, String> off = Map.of("CIVILITY_PASSWORD_SIGN_IN", "false", "CIVILITY_BASIC_AUTH", "false");
        try (PortalProcess oidcOnly = PortalProcess.start("oidc-only", settings(off))) {
            Api api = Api.at(oidcOnly.url());
            JsonObject methods = api.get("api/v1/sessions/methods").json();
            assertThat(methods.getBoolean("password")).isFalse();
            assertThat(methods.getBoolean("basic")).isFalse();
            assertThat(methods.getBoolean("openIdConnect")).isTrue();

            Api.Reply password = api.post("api/v1/sessions", """
                    {"username":"station-head","password":"civility-demo"}""");
            assertThat(password.status()).as(password.toString()).isEqualTo(403);
            assertThat(password.contentType()).startsWith("application/problem+json");
            assertThat(password.string("code")).isEqualTo("PASSWORD-SIGN-IN-DISABLED");
            assertThat(password.string("title")).isEqualTo("已关闭密码登录");

            Api.Reply basic = api.as("station-head", "civility-demo").withHeader("Accept-Language", "en").get("api/v1/me");
            assertThat(basic.status()).as(basic.toString()).isEqualTo(403);
            assertThat(basic.string("code")).isEqualTo("BASIC-AUTH-DISABLED");
            assertThat(basic.string("title")).isEqualTo("HTTP Basic is switched off");

            Api.Reply anonymous = api.get("api/v1/me");
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");

            try (Browser browser = Browser.open(oidcOnly.url(), Browser.DESKTOP)) {
                WebDriver d = browser.driver();
                browser.go("sign-in");
                assertThat(d.findElements(By.id("sign-in-form"))).isEmpty();
                assertThat(d.findElement(By.id("sign-in-password-off")).getText()).contains("统一身份认证");
                browser.screenshot("oidc-only-sign-in");

                d.findElement(By.id("sign-in-oidc")).click();
                signInAtTheProvider(browser, "330102-zhang", """
                        {"preferred_username":"station-head"}""");
                browser.waitReady("station-dashboard");
            }
        }
    }

    /** The provider's login form (test/resources/oidc/login.html): the subject and the claims of the ID token. */
    private static void signInAtTheProvider(Browser browser, String subject, String claims) {
        WebDriver d = browser.driver();
        browser.until("the provider's login page", x -> x.getCurrentUrl().startsWith(issuer() + "/authorize?"));
        assertThat(d.getCurrentUrl()).contains("code_challenge_method=S256").contains("nonce=").contains("state=");
        browser.waitFor(By.id("username")).sendKeys(subject);
        d.findElement(By.id("claims")).sendKeys(claims);
        d.findElement(By.cssSelector("input[type=submit]")).click();
    }

    private static String issuer() {
        return "http://127.0.0.1:" + provider.url("/").port() + "/province";
    }

    private static String bearerToken(Browser browser) {
        return (String) browser.script("return sessionStorage.getItem('civility.token');");
    }

    /** The portal's settings: an in-memory database with the demo set, and the provider. */
    private static Map<String, String> settings(Map<String, String> more) {
        Map<String, String> env = new HashMap<>(more);
        env.put("CIVILITY_DATASOURCE_URL", "jdbc:h2:mem:civility-oidc;DB_CLOSE_DELAY=-1");
        env.put("CIVILITY_DEMO", "true");
        env.put("CIVILITY_OIDC_ISSUER", issuer());
        env.put("CIVILITY_OIDC_CLIENT_ID", CLIENT_ID);
        env.put("CIVILITY_OIDC_CLIENT_SECRET", CLIENT_SECRET);
        return env;
    }
}
