package org.civility.benchmarks.http;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ActionBuilder;
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
 *   <li>{@code bench.baseUrl}: the server, always on 127.0.0.1 (default {@code http://127.0.0.1:8080});</li>
 *   <li>{@code bench.users}: concurrent users of the closed model (default 16, as {@code wrk -c16});</li>
 *   <li>{@code bench.warmup} and {@code bench.duration}: seconds of warm-up and of measurement per scenario
 *       (default 10 and 30).</li>
 * </ul>
 * Each scenario runs as a closed model: a fixed number of users, each sending one request and replaced by the next as
 * soon as it has its answer, over a shared pool of keep-alive connections. A warm-up of the same request under a
 * name of its own ({@code warm-up: …}) comes first, so that the measured request's statistics hold only warm
 * requests; the scenarios run one after another, never side by side.
 */
final class Bench {

    static final String WARM_UP_PREFIX = "warm-up: ";

    private Bench() {
    }

    static String baseUrl() {
        String url = System.getProperty("bench.baseUrl", "http://127.0.0.1:8080");
        if (!url.startsWith("http://127.0.0.1:") && !url.startsWith("http://localhost:")) {
            throw new IllegalArgumentException("bench.baseUrl must be on 127.0.0.1: " + url);
        }
        return url;
    }

    static int users() {
        return Integer.getInteger("bench.users", 16);
    }

    static Duration warmUp() {
        return Duration.ofSeconds(Integer.getInteger("bench.warmup", 10));
    }

    static Duration duration() {
        return Duration.ofSeconds(Integer.getInteger("bench.duration", 30));
    }

    /**
     * JSON over keep-alive connections shared by the users (as a client with a pool of 16 would), and no warm-up
     * request to gatling.io: nothing leaves 127.0.0.1.
     */
    static HttpProtocolBuilder protocol() {
        return http.baseUrl(baseUrl())
                .acceptHeader("application/json")
                .shareConnections()
                .disableWarmUp()
                .disableCaching();
    }

    /** One measured request of a benchmark: its name in the report, and the request under a given name. */
    record Measured(String name, Function<String, ActionBuilder> request) {
    }

    /**
     * The measured requests one after another, each warmed up first, each under the closed model.
     *
     * @return the population to pass to {@code setUp}, never null
     * @throws IllegalArgumentException when nothing is to be measured
     */
    static PopulationBuilder oneAfterAnother(List<Measured> measured) {
        if (measured.isEmpty()) {
            throw new IllegalArgumentException("nothing to measure");
        }
        List<PopulationBuilder> steps = new ArrayList<>();
        for (Measured m : measured) {
            if (!warmUp().isZero()) {
                steps.add(scenario(WARM_UP_PREFIX + m.name())
                        .exec(m.request().apply(WARM_UP_PREFIX + m.name()))
                        .injectClosed(constantConcurrentUsers(users()).during(warmUp())));
            }
            steps.add(scenario(m.name())
                    .exec(m.request().apply(m.name()))
                    .injectClosed(constantConcurrentUsers(users()).during(duration())));
        }
        PopulationBuilder chain = steps.getLast();
        for (int i = steps.size() - 2; i >= 0; i--) {
            chain = steps.get(i).andThen(chain);
        }
        return chain;
    }
}
