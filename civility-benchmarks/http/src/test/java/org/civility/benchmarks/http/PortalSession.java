package org.civility.benchmarks.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A demo account signed in to the portal once, before the load starts (sign-in is not what P1 measures), and what the
 * simulations need to know of the demo data.
 *
 * @param token the bearer token of {@code POST /api/v1/sessions}
 * @param unitId the unit of the account's first grant (the demo station head's: 圆东村)
 * @param baseUrl the portal, on 127.0.0.1
 */
record PortalSession(String baseUrl, String token, String unitId) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Signs in with a password and reads the account's first unit from {@code GET /api/v1/me}.
     *
     * @throws IllegalStateException when the portal refuses the sign-in or does not answer
     */
    static PortalSession signIn(String baseUrl, String username, String password) {
        JsonNode session = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/sessions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode()
                        .put("username", username).put("password", password).toString())), 201);
        String token = session.path("token").asText();
        JsonNode me = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/me"))
                .header("Authorization", "Bearer " + token).GET(), 200);
        return new PortalSession(baseUrl, token, me.path("grants").path(0).path("unitId").asText());
    }

    /**
     * The id of the first order the account's unit handles ({@code GET /api/v1/orders?unit=…&limit=1}).
     *
     * @throws IllegalStateException when the unit has no order (a portal without the demo data)
     */
    String anOrderOfTheStation() {
        JsonNode page = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/orders?unit=" + unitId + "&limit=1"))
                .header("Authorization", "Bearer " + token).GET(), 200);
        String id = page.path("items").path(0).path("id").asText("");
        if (id.isEmpty()) {
            throw new IllegalStateException("unit " + unitId + " handles no order: is the portal running with the demo?");
        }
        return id;
    }

    private static JsonNode send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> reply = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != expected) {
                throw new IllegalStateException(reply.request().method() + " " + reply.request().uri() + ": HTTP "
                        + reply.statusCode() + " " + reply.body());
            }
            return JSON.readTree(reply.body());
        } catch (IOException e) {
            throw new IllegalStateException("portal not reachable at " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
