package org.civility.benchmarks.http;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The load every HTTP benchmark applies, read from system properties so that {@code scripts/bench-http} sets it once
 * for the baseline and the portal alike:
 * <ul>
 *   <li>{@code bench.users}: concurrent users of the closed model (default 16, as {@code wrk -c16});</li>
 *   <li>{@code bench.warmup}: seconds of warm-up per scenario, not counted (default 10);</li>
 *   <li>{@code bench.duration}: seconds measured per scenario (default 30), in slices of {@code bench.slice}
 *       seconds (default 10).</li>
 * </ul>
 * Each scenario runs as a closed model: a fixed number of users, each sending one request and replaced by the next as
 * soon as it has its answer, over a shared pool of keep-alive connections. Every scenario is warmed up first under a
 * name of its own ({@code warm-up: …}); then the scenarios take turns, one slice each, round after round, so that
 * whatever else the machine does in the meantime weighs on the baseline and the measured endpoints alike. A
 * scenario's figures in the report are its slices together.
 */
final class Bench {

    static final String WARM_UP_PREFIX = "warm-up: ";

    private Bench() {
    }

    /**
     * A server's base URL from a system property.
     *
     * @throws IllegalArgumentException when it is not on 127.0.0.1: load never leaves the machine
     */
    static String url(String property) {
        String url = System.getProperty(property, "");
        if (!url.startsWith("http://127.0.0.1:")) {
            throw new IllegalArgumentException(property + " must be http://127.0.0.1:<port>, not '" + url + "'");
        }
        return url;
    }

    static int users() {
        return Integer.getInteger("bench.users", 16);
    }

    static Duration warmUp() {
        return Duration.ofSeconds(Integer.getInteger("bench.warmup", 10));
    }

    static Duration slice() {
        return Duration.ofSeconds(Math.min(Integer.getInteger("bench.slice", 10), Integer.getInteger("bench.duration", 30)));
    }

    static int rounds() {
        return Math.max(1, Integer.getInteger("bench.duration", 30) / (int) slice().toSeconds());
    }

    /**
     * JSON over keep-alive connections shared by the users (as a client with a pool of connections would), and no
     * warm-up request to gatling.io: nothing leaves 127.0.0.1. Requests carry absolute URLs.
     */
    static HttpProtocolBuilder protocol() {
        return http.acceptHeader("application/json")
                .shareConnections()
                .disableWarmUp()
                .disableCaching();
    }

    /**
     * One measured step of a benchmark: its name in the report, and its requests under a given name (one request, or
     * a few in a row, each named after it).
     */
    record Measured(String name, Function<String, ChainBuilder> request, Duration warmUp) {

        Measured(String name, Function<String, ChainBuilder> request) {
            this(name, request, Bench.warmUp());
        }
    }

    /**
     * Each measured request warmed up, then all of them in turns, {@link #rounds()} slices each.
     *
     * @return the population to pass to {@code setUp}, never null
     * @throws IllegalArgumentException when nothing is to be measured
     */
    static PopulationBuilder inTurns(List<Measured> measured) {
        if (measured.isEmpty()) {
            throw new IllegalArgumentException("nothing to measure");
        }
        List<PopulationBuilder> steps = new ArrayList<>();
        for (Measured m : measured) {
            if (!m.warmUp().isZero()) {
                steps.add(scenario(WARM_UP_PREFIX + m.name())
                        .exec(m.request().apply(WARM_UP_PREFIX + m.name()))
                        .injectClosed(constantConcurrentUsers(users()).during(m.warmUp())));
            }
        }
        for (int round = 1; round <= rounds(); round++) {
            for (Measured m : measured) {
                steps.add(scenario(m.name() + " #" + round)
                        .exec(m.request().apply(m.name()))
                        .injectClosed(constantConcurrentUsers(users()).during(slice())));
            }
        }
        PopulationBuilder chain = steps.getLast();
        for (int i = steps.size() - 2; i >= 0; i--) {
            chain = steps.get(i).andThen(chain);
        }
        return chain;
    }
}
