package org.civility.benchmarks.http;

import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The portal's endpoints of issue 14's P1 under the baseline's load, each measured on its own, as the demo's station
 * head (圆东村 站长) signed in once with a bearer token:
 * <ul>
 *   <li>{@code me}: {@code GET /api/v1/me};</li>
 *   <li>{@code order}: {@code GET /api/v1/orders/{id}} of a demo order the station handles.</li>
 * </ul>
 * {@code bench.scenarios} picks which and in what order (default {@code me,order}). The portal must run with the
 * demo data ({@code CIVILITY_DEMO=true}).
 */
public class PortalSimulation extends Simulation {

    private final PortalSession session = PortalSession.signIn(Bench.baseUrl(), "station-head", "civility-demo");

    private final Map<String, Bench.Measured> scenarios = Map.of(
            "me", new Bench.Measured("me",
                    name -> http(name).get("/api/v1/me").check(status().is(200))),
            "order", new Bench.Measured("order",
                    name -> http(name).get("/api/v1/orders/" + session.anOrderOfTheStation())
                            .check(status().is(200))));

    {
        List<Bench.Measured> chosen = new ArrayList<>();
        for (String name : Arrays.stream(System.getProperty("bench.scenarios", "me,order").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList()) {
            Bench.Measured m = scenarios.get(name);
            if (m == null) {
                throw new IllegalArgumentException("no scenario " + name + "; known: " + scenarios.keySet());
            }
            chosen.add(m);
        }
        setUp(Bench.oneAfterAnother(chosen))
                .protocols(Bench.protocol().authorizationHeader("Bearer " + session.token()));
    }
}
