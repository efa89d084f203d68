package org.civility.portal.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;

import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Validates an ID token as OpenID Connect Core §3.1.3.7 asks: signed with one of the provider's keys (its JWKS) by
 * an asymmetric algorithm the provider announces, issued by the configured issuer, for this client (audience, and the
 * authorized party {@code azp}: this client if present, and present when there are several audiences), not expired (60 s of clock skew), and carrying the nonce of
 * the sign-in it answers. Unsigned tokens and tokens signed with the client secret are refused.
 */
public final class IdTokenCheck {

    /** Algorithms the portal accepts when the provider announces none (RS256 is mandatory for providers). */
    static final Set<JWSAlgorithm> DEFAULT_ALGORITHMS = Set.of(JWSAlgorithm.RS256);

    private final IDTokenValidator validator;
    private final ClientID client;

    /**
     * @param issuer     the expected {@code iss}
     * @param client     the portal's client id, the expected audience
     * @param algorithms the accepted signature algorithms; only asymmetric ones are kept
     * @param keys       the provider's public keys
     * @throws IllegalArgumentException if no asymmetric algorithm is left
     */
    public IdTokenCheck(Issuer issuer, ClientID client, Set<JWSAlgorithm> algorithms, JWKSource<SecurityContext> keys) {
        Set<JWSAlgorithm> asymmetric = Set.copyOf(algorithms.stream()
                .filter(a -> JWSAlgorithm.Family.SIGNATURE.contains(a)).toList());
        if (asymmetric.isEmpty()) {
            throw new IllegalArgumentException("no asymmetric ID token algorithm among " + algorithms);
        }
        this.client = requireNonNull(client, "client");
        this.validator = new IDTokenValidator(requireNonNull(issuer, "issuer"), client,
                new JWSVerificationKeySelector<>(asymmetric, requireNonNull(keys, "keys")), null);
    }

    /**
     * The claims of a valid ID token.
     *
     * @throws OidcFailure OIDC-ID-TOKEN-INVALID if the token fails a check, OIDC-PROVIDER-UNAVAILABLE if the
     *                     provider's keys could not be read
     */
    public IDTokenClaimsSet validate(JWT idToken, Nonce expectedNonce) {
        requireNonNull(expectedNonce, "expectedNonce");
        IDTokenClaimsSet claims;
        try {
            claims = validator.validate(requireNonNull(idToken, "idToken"), expectedNonce);
        } catch (KeySourceException e) {
            throw OidcFailure.unavailable("the provider's keys could not be read", e);
        } catch (BadJOSEException | JOSEException e) {
            // Nimbus's message names the failed check; what follows a colon is the token's value: not logged.
            String message = String.valueOf(e.getMessage());
            throw OidcFailure.idTokenInvalid(message.contains(":") ? message.substring(0, message.indexOf(':')) : message, e);
        }
        // Nimbus reads azp but leaves its check to the client (Core §3.1.3.7, items 4 and 5).
        String authorizedParty = claims.getStringClaim("azp");
        if (authorizedParty != null ? !authorizedParty.equals(client.getValue()) : claims.getAudience().size() > 1) {
            throw OidcFailure.idTokenInvalid("the token was issued to another client (azp)", null);
        }
        return claims;
    }
}
