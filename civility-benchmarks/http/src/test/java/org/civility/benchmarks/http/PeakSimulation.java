package org.civility.benchmarks.http;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes under load, on a county prepared by {@code PeakSetup} (each volunteer's bearer token and their station's
 * check-in code in {@code check-ins.csv}, offered orders and their volunteer's token in {@code accepts.csv}, under
 * {@code bench.peakDir}), against the bare endpoint of the same run at {@code bench.baselineUrl}:
 * <ol>
 *   <li>P1's writes, closed model as {@link HttpThroughputSimulation} ({@code bench.users} users), in turns with the
 *       baseline: {@code check-in} and {@code check-out} (a volunteer checks in with the code and straight out
 *       again: two requests of a pair, both counted), and {@code accept} (接单, each order accepted once by the
 *       volunteer it is offered to; a user finding none left waits a second); every volunteer and order is used
 *       once;</li>
 *   <li>P6, the peak of 学雷锋日: an open model, {@code bench.peakRate} requests per second for
 *       {@code bench.peakSeconds} (half of them check-ins, half check-outs: each arriving volunteer checks in, stays
 *       {@code bench.staySeconds} and checks out), after the baseline at the same rate for
 *       {@code bench.baselineSeconds}.</li>
 * </ol>
 * Each volunteer is used by one phase only: P1 takes its pairs from the end of the file, P6 from the start.
 * {@code bench.phases} picks {@code p1}, {@code p6} or both (default).
 */
public class PeakSimulation extends Simulation {

    /** Offered orders are few (each accepted once): their warm-up is short, the JIT has seen the other writes. */
    private static final Duration ACCEPT_WARM_UP = Duration.ofSeconds(5);

    private final String baseline = Bench.url("bench.baselineUrl");
    private final String portal = Bench.url("bench.portalUrl");
    private final String dir = System.getProperty("bench.peakDir", "target/peak");
    private final List<String> phases = List.of(System.getProperty("bench.phases", "p1,p6").split(","));

    {
        List<PopulationBuilder> steps = new ArrayList<>();
        if (phases.contains("p1")) {
            FeederBuilder<String> pairs = csv(dir + "/check-ins-p1.csv").queue();
            Iterator<Map<String, Object>> offered = untilUsedUp(csv(dir + "/accepts.csv").readRecords());
            List<Bench.Measured> measured = List.of(
                    new Bench.Measured("ping", name -> exec(http(name).get(baseline + "/api/ping")
                            .check(status().is(200)))),
                    new Bench.Measured("check-in and out", name -> exec(feed(pairs), checkIn(name + ": check-in"),
                            checkOut(name + ": check-out"))),
                    new Bench.Measured("accept", name -> exec(io.gatling.javaapi.core.CoreDsl.feed(offered))
                            .doIfOrElse(session -> !session.getString("order").isEmpty()).then(exec(http(name)
                                    .post(portal + "/api/v1/orders/#{order}/accept")
                                    .header("Authorization", "Bearer #{token}")
                                    .check(status().is(200))))
                            .orElse(pause(Duration.ofSeconds(1))), ACCEPT_WARM_UP));
            steps.add(Bench.inTurns(measured));
        }
        if (phases.contains("p6")) {
            FeederBuilder<String> volunteers = csv(dir + "/check-ins-p6.csv").queue();
            double rate = Double.parseDouble(System.getProperty("bench.peakRate", "280"));
            Duration peak = Duration.ofSeconds(Integer.getInteger("bench.peakSeconds", 300));
            Duration stay = Duration.ofSeconds(Integer.getInteger("bench.staySeconds", 20));
            Duration base = Duration.ofSeconds(Integer.getInteger("bench.baselineSeconds", 60));
            PopulationBuilder baselineAtRate = scenario("peak baseline")
                    .exec(http("peak: ping").get(baseline + "/api/ping").check(status().is(200)))
                    .injectOpen(constantUsersPerSec(rate).during(base));
            PopulationBuilder lei = scenario("peak")
                    .exec(feed(volunteers), checkIn("peak: check-in"))
                    .pause(stay)
                    .exec(checkOut("peak: check-out"))
                    .injectOpen(constantUsersPerSec(rate / 2).during(peak));
            steps.add(baselineAtRate.andThen(lei));
        }
        PopulationBuilder chain = steps.getLast();
        for (int i = steps.size() - 2; i >= 0; i--) {
            chain = steps.get(i).andThen(chain);
        }
        setUp(chain).protocols(Bench.protocol()).maxDuration(Duration.ofMinutes(30));
    }

    /**
     * The records, then an endless supply of records without an order: offered orders are few, and a scenario that
     * used them all waits instead of failing (each order can be accepted only once).
     */
    private static Iterator<Map<String, Object>> untilUsedUp(List<Map<String, Object>> records) {
        Iterator<Map<String, Object>> first = records.iterator();
        return Stream.concat(Stream.generate(() -> first.hasNext() ? first.next() : null).takeWhile(r -> r != null),
                Stream.generate(() -> Map.<String, Object>of("order", "", "token", ""))).iterator();
    }

    private static ChainBuilder feed(FeederBuilder<String> feeder) {
        return exec(io.gatling.javaapi.core.CoreDsl.feed(feeder));
    }

    private ChainBuilder checkIn(String name) {
        return exec(http(name).post(portal + "/api/v1/service-records/check-ins")
                .header("Authorization", "Bearer #{token}")
                .header("Content-Type", "application/json")
                .body(StringBody("{\"code\":\"#{code}\"}"))
                .check(status().is(201)));
    }

    private ChainBuilder checkOut(String name) {
        return exec(http(name).post(portal + "/api/v1/service-records/check-outs")
                .header("Authorization", "Bearer #{token}")
                .header("Content-Type", "application/json")
                .body(StringBody("{\"code\":\"#{code}\"}"))
                .check(status().is(201)));
    }
}
