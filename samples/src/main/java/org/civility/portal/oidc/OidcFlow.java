package org.civility.portal.oidc;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import static java.util.Objects.requireNonNull;

/**
 * One sign-in through the provider, from the portal's authorization request to the browser's return: the
 * {@code state} that ties the provider's answer to it, the {@code nonce} the ID token must carry, the PKCE code
 * verifier and the redirect URI. The portal keeps nothing of it: the browser holds it {@link #seal sealed} (encrypted
 * and authenticated with a key only the portal's nodes have, A256GCM) in its {@code sessionStorage} and hands it back
 * with the provider's answer, so any node can finish a sign-in any node started, and only the browser tab that started
 * it can finish it. A flow lapses {@link #LIFETIME} after it began.
 */
public record OidcFlow(State state, Nonce nonce, CodeVerifier verifier, URI redirectUri, Instant expires) {

    /** Time to sign in at the provider (including, say, a code sent by SMS). */
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    private static final JWEHeader HEADER = new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A256GCM);

    public OidcFlow {
        requireNonNull(state, "state");
        requireNonNull(nonce, "nonce");
        requireNonNull(verifier, "verifier");
        requireNonNull(redirectUri, "redirectUri");
        requireNonNull(expires, "expires");
    }

    /** A new flow with fresh random state (256 bits), nonce (256 bits) and code verifier (256 bits). */
    public static OidcFlow begin(URI redirectUri, Instant now) {
        return new OidcFlow(new State(32), new Nonce(32), new CodeVerifier(), redirectUri, now.plus(LIFETIME));
    }

    /** The key that seals flows: derived from the client secret, so every node of the deployment has the same. */
    public static SecretKey key(String clientSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return new SecretKeySpec(mac.doFinal("civility oidc flow v1".getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 missing from the JDK", e);
        }
    }

    /** The flow as a compact JWE the browser keeps; it can neither read nor change it. */
    public String seal(SecretKey key) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .claim("state", state.getValue())
                .claim("nonce", nonce.getValue())
                .claim("verifier", verifier.getValue())
                .claim("redirect_uri", redirectUri.toString())
                .expirationTime(Date.from(expires))
                .build();
        try {
            EncryptedJWT jwt = new EncryptedJWT(HEADER, claims);
            jwt.encrypt(new DirectEncrypter(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot seal the sign-in flow", e);
        }
    }

    /**
     * The flow a browser handed back, if it was sealed with this key, is unchanged, has not lapsed and is the one the
     * provider's {@code state} answers.
     *
     * @throws OidcFailure OIDC-FLOW-INVALID otherwise
     */
    public static OidcFlow open(String sealed, String returnedState, SecretKey key, Instant now) {
        if (sealed == null || sealed.isBlank() || returnedState == null || returnedState.isBlank()) {
            throw OidcFailure.flowInvalid("no sign-in flow or no state");
        }
        OidcFlow flow;
        try {
            EncryptedJWT jwt = EncryptedJWT.parse(sealed);
            if (!JWEAlgorithm.DIR.equals(jwt.getHeader().getAlgorithm())
                    || !EncryptionMethod.A256GCM.equals(jwt.getHeader().getEncryptionMethod())) {
                throw OidcFailure.flowInvalid("unexpected algorithms");
            }
            jwt.decrypt(new DirectDecrypter(key));
            JWTClaimsSet c = jwt.getJWTClaimsSet();
            flow = new OidcFlow(new State(c.getStringClaim("state")), new Nonce(c.getStringClaim("nonce")),
                    new CodeVerifier(c.getStringClaim("verifier")), URI.create(c.getStringClaim("redirect_uri")),
                    c.getExpirationTime().toInstant());
        } catch (ParseException | JOSEException | RuntimeException e) {
            if (e instanceof OidcFailure failure) {
                throw failure;
            }
            throw OidcFailure.flowInvalid("the sign-in flow is not one of this portal's");
        }
        if (!now.isBefore(flow.expires())) {
            throw OidcFailure.flowInvalid("the sign-in flow has lapsed");
        }
        if (!MessageDigest.isEqual(flow.state().getValue().getBytes(StandardCharsets.US_ASCII),
                returnedState.getBytes(StandardCharsets.US_ASCII))) {
            throw OidcFailure.flowInvalid("the provider answered another sign-in");
        }
        return flow;
    }

    @Override
    public String toString() {
        return "OidcFlow[redirectUri=" + redirectUri + ", expires=" + expires + "]";
    }
}
