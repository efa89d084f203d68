package org.civility.portal.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import org.civility.portal.PortalError;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ID token checks of OpenID Connect Core §3.1.3.7, each broken on its own. */
class IdTokenCheckTest {

    private static final String ISSUER = "https://sso.example.gov.cn/realms/province";
    private static final String CLIENT = "civility-portal";
    private static final RSAKey PROVIDER_KEY = rsaKey("provider-1");
    private static final RSAKey OTHER_KEY = rsaKey("provider-1");

    private final Nonce nonce = new Nonce();
    private final IdTokenCheck check = new IdTokenCheck(new Issuer(ISSUER), new ClientID(CLIENT),
            Set.of(JWSAlgorithm.RS256), new ImmutableJWKSet<>(new JWKSet(PROVIDER_KEY.toPublicJWK())));

    @Test
    void acceptsATokenTheProviderSignedForThisClientWithTheNonceOfTheSignIn() {
        var claims = check.validate(anIdToken(c -> c), nonce);

        assertThat(claims.getSubject().getValue()).isEqualTo("31c2a8e0");
        assertThat(claims.getStringClaim("preferred_username")).isEqualTo("wang.ganshi");
    }

    @Test
    void refusesATokenWithTheNonceOfAnotherSignIn() {
        assertRefused(anIdToken(c -> c.claim("nonce", new Nonce().getValue())));
    }

    @Test
    void refusesATokenWithoutNonce() {
        assertRefused(anIdToken(c -> c.claim("nonce", null)));
    }

    @Test
    void refusesATokenForAnotherClient() {
        assertRefused(anIdToken(c -> c.audience("another-portal")));
    }

    @Test
    void refusesATokenForSeveralClientsThatWasNotIssuedToThisOne() {
        assertRefused(anIdToken(c -> c.audience(List.of(CLIENT, "another-portal")).claim("azp", "another-portal")));
    }

    @Test
    void refusesAnExpiredToken() {
        Instant issued = Instant.now().minus(Duration.ofMinutes(30));
        assertRefused(anIdToken(c -> c.issueTime(Date.from(issued)).expirationTime(Date.from(issued.plus(Duration.ofMinutes(10))))));
    }

    @Test
    void refusesATokenOfAnotherIssuer() {
        assertRefused(anIdToken(c -> c.issuer("https://sso.example.com/")));
    }

    @Test
    void refusesATokenSignedWithAKeyThatIsNotTheProviders() {
        assertRefused(signed(claims(c -> c), OTHER_KEY));
    }

    @Test
    void refusesAnUnsignedToken() {
        assertRefused(new PlainJWT(claims(c -> c)));
    }

    @Test
    void refusesATokenSignedWithTheClientSecret() throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(c -> c));
        jwt.sign(new MACSigner("a client secret of at least 256 bits, as HS256 wants"));
        assertRefused(jwt);
    }

    @Test
    void keepsOnlyAsymmetricAlgorithmsTheProviderAnnounces() {
        assertThat(OidcProvider.algorithms(List.of(JWSAlgorithm.HS256, JWSAlgorithm.ES256, JWSAlgorithm.RS256)))
                .containsExactlyInAnyOrder(JWSAlgorithm.ES256, JWSAlgorithm.RS256);
        assertThat(OidcProvider.algorithms(null)).containsExactly(JWSAlgorithm.RS256);
    }

    private void assertRefused(JWT token) {
        assertThatThrownBy(() -> check.validate(token, nonce))
                .isInstanceOfSatisfying(OidcFailure.class, f -> {
                    assertThat(f.code()).isEqualTo(PortalError.OIDC_ID_TOKEN_INVALID);
                    assertThat(f.status()).isEqualTo(401);
                });
    }

    private JWT anIdToken(UnaryOperator<JWTClaimsSet.Builder> change) {
        return signed(claims(change), PROVIDER_KEY);
    }

    private JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        return change.apply(new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("31c2a8e0")
                .audience(CLIENT)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("nonce", nonce.getValue())
                .claim("preferred_username", "wang.ganshi")).build();
    }

    private static SignedJWT signed(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey rsaKey(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
