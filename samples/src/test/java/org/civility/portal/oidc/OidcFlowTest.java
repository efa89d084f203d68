package org.civility.portal.oidc;

import org.civility.portal.PortalError;
import org.junit.jupiter.api.Test;

import javax.crypto.SecretKey;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sign-in flow the browser keeps: only this portal's key opens it, unchanged, in time, for its own state. */
class OidcFlowTest {

    private static final URI CALLBACK = URI.create("https://portal.example.gov.cn/api/v1/sessions/oidc/callback");

    private final SecretKey key = OidcFlow.key("the client secret");
    private final Instant now = Instant.parse("2026-12-01T02:00:00Z");
    private final OidcFlow flow = OidcFlow.begin(CALLBACK, now);

    @Test
    void aSealedFlowOpensAgainForTheStateTheProviderReturned() {
        String sealed = flow.seal(key);

        OidcFlow opened = OidcFlow.open(sealed, flow.state().getValue(), OidcFlow.key("the client secret"), now.plusSeconds(30));

        assertThat(opened.state()).isEqualTo(flow.state());
        assertThat(opened.nonce()).isEqualTo(flow.nonce());
        assertThat(opened.verifier().getValue()).isEqualTo(flow.verifier().getValue());
        assertThat(opened.redirectUri()).isEqualTo(CALLBACK);
    }

    @Test
    void theBrowserCannotReadTheNonceOrTheCodeVerifier() {
        String sealed = flow.seal(key);

        assertThat(sealed).doesNotContain(flow.nonce().getValue()).doesNotContain(flow.verifier().getValue());
        assertThat(sealed.split("\\.")).hasSize(5);
    }

    @Test
    void refusesTheAnswerToAnotherSignIn() {
        OidcFlow other = OidcFlow.begin(CALLBACK, now);

        assertInvalid(() -> OidcFlow.open(flow.seal(key), other.state().getValue(), key, now));
    }

    @Test
    void refusesAFlowSealedByAnotherPortal() {
        assertInvalid(() -> OidcFlow.open(flow.seal(OidcFlow.key("another secret")), flow.state().getValue(), key, now));
    }

    @Test
    void refusesAnAlteredFlow() {
        String sealed = flow.seal(key);
        String[] parts = sealed.split("\\.");
        char[] cipher = parts[3].toCharArray();
        cipher[5] = cipher[5] == 'A' ? 'B' : 'A';
        parts[3] = new String(cipher);

        assertInvalid(() -> OidcFlow.open(String.join(".", parts), flow.state().getValue(), key, now));
    }

    @Test
    void refusesAFlowOlderThanTenMinutes() {
        assertInvalid(() -> OidcFlow.open(flow.seal(key), flow.state().getValue(), key,
                now.plus(OidcFlow.LIFETIME).plus(Duration.ofSeconds(1))));
    }

    @Test
    void refusesMissingAndMalformedFlows() {
        assertInvalid(() -> OidcFlow.open("", flow.state().getValue(), key, now));
        assertInvalid(() -> OidcFlow.open("not.a.flow", flow.state().getValue(), key, now));
        assertInvalid(() -> OidcFlow.open(flow.seal(key), "", key, now));
    }

    private static void assertInvalid(Runnable opening) {
        assertThatThrownBy(opening::run).isInstanceOfSatisfying(OidcFailure.class, f -> {
            assertThat(f.code()).isEqualTo(PortalError.OIDC_FLOW_INVALID);
            assertThat(f.status()).isEqualTo(400);
        });
    }
}
