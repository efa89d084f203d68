package org.civility.portal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.json.JsonObject;
import org.civility.portal.setup.DemoData;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Annotation;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Health is UP with the database, and the OpenAPI document lists every endpoint of civility-web. */
@ExtendWith(SharedPortal.class)
class OpenApiAndHealthIT {

    private static final List<Class<? extends Annotation>> VERBS =
            List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class);

    @SharedPortal.Url
    URL deployment;

    @Test
    void metricsCountRequestsPerRouteAndStatusAndTheOutboxBacklog() throws Exception {
        Api api = Api.at(deployment).as("station-head", DemoData.DEMO_PASSWORD);
        assertThat(api.get("api/v1/me").status()).isEqualTo(200);
        assertThat(api.get("api/v1/orders/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(Api.at(deployment).get("api/v1/me").status()).isEqualTo(401);

        var metrics = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        deployment.toURI().resolve("/metrics")).header("Accept", "text/plain").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .containsPattern("civility_http_requests_seconds_count\\{[^}]*method=\"GET\"[^}]*route=\"/v1/me\""
                        + "[^}]*status=\"2xx\"[^}]*} [1-9]")
                .containsPattern("civility_http_requests_seconds_count\\{[^}]*route=\"/v1/orders/\\{id}\""
                        + "[^}]*status=\"4xx\"")
                .containsPattern("civility_http_requests_seconds_sum\\{[^}]*route=\"/v1/me\"")
                .containsPattern("civility_db_connections_in_use\\{[^}]*} [0-9]")
                .containsPattern("civility_db_connections_max\\{[^}]*} 16")
                .containsPattern("civility_notices_backlog\\{[^}]*} [0-9]")
                .containsPattern("civility_notices_needing_attention\\{[^}]*} [0-9]")
                .doesNotContain(DemoData.STATION_YUANDONG.toString());
    }

    @Test
    void healthIsUpWithTheDatabase() {
        var reply = Api.at(deployment).getFromServerRoot("/health");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().getString("status")).isEqualTo("UP");
        assertThat(reply.body()).contains("database");
    }

    @Test
    void openApiListsEveryEndpoint() {
        // Payara builds the document on its first request, which takes tens of seconds on a busy machine and may
        // outlast the server's 30 s request timeout: wait until it is there.
        var reply = await("the OpenAPI document").atMost(Duration.ofMinutes(3)).ignoreExceptions()
                .until(() -> Api.at(deployment).withHeader("Accept", "application/json")
                        .getFromServerRoot("/openapi?format=json"), r -> r.status() == 200);
        JsonObject paths = reply.json().getJsonObject("paths");

        Set<String> documented = new TreeSet<>();
        paths.forEach((path, item) -> ((JsonObject) item).keySet()
                .forEach(verb -> documented.add(verb.toUpperCase(Locale.ROOT) + " " + normalise(path))));

        assertThat(documented).containsAll(endpointsInCode()).isNotEmpty();
    }

    /** Every resource method of civility-web, as "VERB /api/v1/...". */
    static Set<String> endpointsInCode() {
        Set<String> endpoints = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().importPackages("org.civility.web")) {
            if (!c.isAnnotatedWith(Path.class)) {
                continue;
            }
            String base = c.getAnnotationOfType(Path.class).value();
            for (JavaMethod m : c.getMethods()) {
                for (Class<? extends Annotation> verb : VERBS) {
                    if (m.isAnnotatedWith(verb)) {
                        String sub = m.isAnnotatedWith(Path.class) ? "/" + m.getAnnotationOfType(Path.class).value() : "";
                        endpoints.add(verb.getSimpleName() + " " + normalise("/api/" + base + sub));
                    }
                }
            }
        }
        return endpoints;
    }

    /** Drops the context root and path-parameter regexes, collapses slashes. */
    static String normalise(String path) {
        String p = path.replaceAll("\\{([^}:]+)(:[^}]*)?}", "{$1}").replaceAll("/+", "/");
        int api = p.indexOf("/api/");
        p = api >= 0 ? p.substring(api) : p;
        return p.endsWith("/") && p.length() > 1 ? p.substring(0, p.length() - 1) : p;
    }
}
