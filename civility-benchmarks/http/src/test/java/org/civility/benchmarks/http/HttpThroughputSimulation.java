package org.civility.benchmarks.http;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 14's P1: the portal's endpoints against the baseline, a bare JAX-RS endpoint on the same Payara Micro, both
 * servers up and loaded in turns (see {@link Bench}):
 * <ul>
 *   <li>{@code ping}: {@code GET /api/ping} of civility-bench-baseline at {@code bench.baselineUrl}, the baseline;</li>
 *   <li>{@code me}: the portal's {@code GET /api/v1/me} at {@code bench.portalUrl};</li>
 *   <li>{@code order}: the portal's {@code GET /api/v1/orders/{id}} of a demo order the station handles;</li>
 *   <li>{@code festivals}: the portal's {@code GET /api/v1/festivals?year=2026} (我们的节日, from the Chinese
 *       calendar).</li>
 * </ul>
 * The portal's requests are the demo station head's (圆东村 站长), signed in once with a bearer token; the portal must
 * run with the demo data. {@code bench.scenarios} picks the portal's scenarios and their order (default
 * {@code me,order}); the baseline always comes first in each round.
 */
public class HttpThroughputSimulation extends Simulation {

    private final String baseline = Bench.url("bench.baselineUrl");
    private final String portal = Bench.url("bench.portalUrl");
    private final PortalSession session = PortalSession.signIn(portal, "station-head", "civility-demo");

    {
        Map<String, Bench.Measured> portalScenarios = new LinkedHashMap<>();
        portalScenarios.put("me", new Bench.Measured("me", name -> exec(http(name).get(portal + "/api/v1/me")
                .header("Authorization", "Bearer " + session.token())
                .check(status().is(200)))));
        portalScenarios.put("festivals", new Bench.Measured("festivals", name -> exec(http(name)
                .get(portal + "/api/v1/festivals?year=2026")
                .header("Authorization", "Bearer " + session.token())
                .check(status().is(200)))));
        String order = session.anOrderOfTheStation();
        portalScenarios.put("order", new Bench.Measured("order", name -> exec(http(name).get(portal + "/api/v1/orders/" + order)
                .header("Authorization", "Bearer " + session.token())
                .check(status().is(200)))));

        List<Bench.Measured> chosen = new ArrayList<>();
        chosen.add(new Bench.Measured("ping", name -> exec(http(name).get(baseline + "/api/ping").check(status().is(200)))));
        for (String name : Arrays.stream(System.getProperty("bench.scenarios", "me,order").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList()) {
            Bench.Measured m = portalScenarios.get(name);
            if (m == null) {
                throw new IllegalArgumentException("no scenario " + name + "; known: " + portalScenarios.keySet());
            }
            chosen.add(m);
        }
        setUp(Bench.inTurns(chosen)).protocols(Bench.protocol());
    }
}
