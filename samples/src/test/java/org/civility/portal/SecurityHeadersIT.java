package org.civility.portal;

import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser is told about every answer of the portal (no inline script, no sniffing, no framing by other sites,
 * no referrer, no cache of the API's answers), and that a change sent with credentials a browser sends on its own,
 * from another site's page, is refused (CSRF).
 */
@ExtendWith(SharedPortal.class)
class SecurityHeadersIT {

    private static final String PASSWORD = DemoData.DEMO_PASSWORD;

    @SharedPortal.Url
    URL deployment;

    @Test
    void everyAnswerCarriesTheBrowsersRules() {
        Api api = Api.at(deployment);
        for (Api.Reply reply : new Api.Reply[] {api.get(""), api.get("ui/app.js"), api.get("api/v1/me"),
                api.as("station-head", PASSWORD).get("api/v1/me"), api.get("api/v1/ui/messages?lang=zh")}) {
            assertThat(reply.header("Content-Security-Policy")).as(reply.toString())
                    .contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                    .doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*unsafe-inline");
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
        }
        assertThat(api.as("station-head", PASSWORD).get("api/v1/me").header("Cache-Control")).contains("no-store");
    }

    @Test
    void thePageHasNoInlineScript() {
        String page = Api.at(deployment).get("").body();
        Matcher scripts = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(page);
        int count = 0;
        while (scripts.find()) {
            count++;
            assertThat(scripts.group(1)).as("script tag").contains("src=");
            assertThat(scripts.group(2)).as("script body").isBlank();
        }
        assertThat(count).isPositive();
        assertThat(page).doesNotContainPattern("\\son[a-z]+=");
    }

    @Test
    void aChangeWithBasicCredentialsFromAnotherSitesPageIsRefused() {
        String venue = """
                {"unitId":"%s","name":"CSRF 礼堂","kind":"CULTURE_HALL","owner":{"name":"村委会"},
                 "platforms":["CULTURE"],"capacity":10}""".formatted(DemoData.STATION_YUANDONG);
        Api admin = Api.at(deployment).as("station-admin", PASSWORD);

        Api.Reply fromElsewhere = admin.withHeader("Origin", "https://evil.example").post("api/v1/venues", venue);
        assertThat(fromElsewhere.status()).as(fromElsewhere.toString()).isEqualTo(403);
        assertThat(fromElsewhere.string("code")).isEqualTo("CROSS-SITE-REQUEST");
        Api.Reply fetched = admin.withHeader("Sec-Fetch-Site", "cross-site").post("api/v1/venues", venue);
        assertThat(fetched.status()).as(fetched.toString()).isEqualTo(403);

        // Reading stays possible, and so do API clients (no Origin) and the portal's own pages.
        assertThat(admin.withHeader("Origin", "https://evil.example").get("api/v1/me").status()).isEqualTo(200);
        assertThat(admin.withHeader("Sec-Fetch-Site", "same-origin").post("api/v1/venues", venue).status()).isEqualTo(201);
        assertThat(admin.post("api/v1/venues", venue.replace("CSRF 礼堂", "CSRF 礼堂 2")).status()).isEqualTo(201);
    }
}
