package org.civility.portal.security;

import org.civility.portal.Api;
import org.civility.portal.OwnPortal;
import org.civility.portal.PortalProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-ACC-2 over HTTP: repeated wrong passwords for one account answer 429 with Retry-After, for the UI's sign-in and
 * for HTTP Basic alike; and a wrong sign-in with an unknown name costs the same time as one with a known name, so the
 * answer's timing tells nothing about which names exist. The portal runs with the demo on an in-memory database,
 * with the per-address limit raised (a setting) so that the 40 timed tries from 127.0.0.1 are not throttled; the
 * per-address limit itself is proven in core ({@code SignInThrottlePolicyTest}).
 */
@OwnPortal
class SignInThrottleIT {

    private static PortalProcess portal;

    @BeforeAll
    static void start() {
        portal = PortalProcess.start("sign-in-throttle", Map.of(
                "CIVILITY_DEMO", "true",
                "CIVILITY_DATASOURCE_URL", "jdbc:h2:mem:sign-in-throttle;DB_CLOSE_DELAY=-1",
                "CIVILITY_SIGN_IN_FAILURES_PER_ADDRESS", "1000"));
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    @DisplayName("R-ACC-2 the sixth wrong password in a row answers 429 with Retry-After")
    void sixWrongPasswordsAreThrottled() {
        Api api = Api.at(portal.url());
        for (int i = 1; i <= 5; i++) {
            Api.Reply wrong = signIn(api, "committee", "wrong-password-" + i);
            assertThat(wrong.status()).as(wrong.toString()).isEqualTo(401);
            assertThat(wrong.string("code")).isEqualTo("SIGN-IN-FAILED");
        }

        Api.Reply sixth = signIn(api, "committee", "wrong-password-6");
        assertThat(sixth.status()).as(sixth.toString()).isEqualTo(429);
        assertThat(sixth.string("code")).isEqualTo("R-ACC-2");
        assertThat(Long.parseLong(sixth.header("Retry-After"))).isBetween(1L, 15 * 60L);
        // The right password does not help while throttled, and HTTP Basic is throttled too.
        assertThat(signIn(api, "committee", "civility-demo").status()).isEqualTo(429);
        Api.Reply basic = api.as("committee", "civility-demo").get("api/v1/me");
        assertThat(basic.status()).as(basic.toString()).isEqualTo(429);
        assertThat(basic.header("Retry-After")).isNotBlank();
    }

    @Test
    @DisplayName("R-ACC-2 an unknown name costs the same time as a known one")
    void anUnknownNameCostsTheSameTimeAsAKnownOne() {
        Api api = Api.at(portal.url());
        // Four wrong tries for each of five accounts (below the limit of five per account), interleaved with
        // unknown names, so both see the same load on this shared machine.
        String[] known = {"lecturer", "duty-staff", "chengnan-admin", "institute-admin", "center-head"};
        // Warm up the hashing first (its first runs are slower), on names not measured afterwards.
        for (int i = 0; i < 5; i++) {
            timed(api, "warm-up-" + i);
        }
        List<Long> knownNanos = new ArrayList<>();
        List<Long> unknownNanos = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (String name : known) {
                String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
                // Which goes first alternates, so neither side always meets the machine's noise first.
                if ((round + name.length()) % 2 == 0) {
                    knownNanos.add(timed(api, name));
                    unknownNanos.add(timed(api, unknown));
                } else {
                    unknownNanos.add(timed(api, unknown));
                    knownNanos.add(timed(api, name));
                }
            }
        }
        double knownMedian = median(knownNanos);
        double unknownMedian = median(unknownNanos);
        System.out.printf("SignInThrottleIT: median of 20 wrong sign-ins: known names %.1f ms, unknown names %.1f ms"
                + " (ratio %.3f)%n", knownMedian / 1e6, unknownMedian / 1e6, unknownMedian / knownMedian);
        assertThat(unknownMedian / knownMedian).isBetween(0.9, 1.1);
    }

    private static long timed(Api api, String name) {
        long start = System.nanoTime();
        Api.Reply reply = signIn(api, name, "not-the-password");
        long took = System.nanoTime() - start;
        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        return took;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static Api.Reply signIn(Api api, String username, String password) {
        return api.post("api/v1/sessions", """
                {"username":"%s","password":"%s"}""".formatted(username, password));
    }
}
