package org.civility.benchmarks.http;

import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;

import java.util.List;

/**
 * The baseline of the HTTP benchmarks: {@code GET /api/ping} of civility-bench-baseline, a bare JAX-RS endpoint on
 * the portal's Payara Micro. Its throughput is what the portal's endpoints are measured against (issue 14, P1).
 */
public class BaselineSimulation extends Simulation {

    {
        setUp(Bench.oneAfterAnother(List.of(
                new Bench.Measured("ping", name -> http(name).get("/api/ping").check(status().is(200))))))
                .protocols(Bench.protocol());
    }
}
