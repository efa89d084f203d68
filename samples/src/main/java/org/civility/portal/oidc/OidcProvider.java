package org.civility.portal.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;

import java.io.IOException;
import java.net.MalformedURLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * What the portal knows of its provider: the discovery document ({@code <issuer>/.well-known/openid-configuration},
 * whose {@code issuer} must equal the configured one), the provider's keys (read from its {@code jwks_uri}, cached,
 * read again when a token names a key not yet seen: the provider may rotate its keys) and the ID token check built
 * from both. Read once, on the first sign-in, so a provider that is down does not keep the portal from starting.
 */
public final class OidcProvider {

    /** Milliseconds to wait for the provider to accept a connection, and for its answer. */
    static final int CONNECT_TIMEOUT = 5_000;
    static final int READ_TIMEOUT = 10_000;
    private static final int JWKS_SIZE_LIMIT = 256 * 1024;

    private final OIDCProviderMetadata metadata;
    private final IdTokenCheck idTokenCheck;

    private OidcProvider(OIDCProviderMetadata metadata, IdTokenCheck idTokenCheck) {
        this.metadata = metadata;
        this.idTokenCheck = idTokenCheck;
    }

    /**
     * Reads the provider's discovery document.
     *
     * @throws OidcFailure OIDC-PROVIDER-UNAVAILABLE if it cannot be read or names another issuer
     */
    public static OidcProvider discover(OidcSettings settings) {
        Issuer issuer = new Issuer(settings.issuer());
        OIDCProviderMetadata metadata;
        try {
            // Nimbus checks that the document's issuer is the one asked for.
            metadata = OIDCProviderMetadata.resolve(issuer, CONNECT_TIMEOUT, READ_TIMEOUT);
        } catch (GeneralException | IOException e) {
            throw OidcFailure.unavailable("discovery at " + issuer + " failed: " + e.getMessage(), e);
        }
        if (metadata.getAuthorizationEndpointURI() == null || metadata.getTokenEndpointURI() == null
                || metadata.getJWKSetURI() == null) {
            throw OidcFailure.unavailable("the discovery document of " + issuer
                    + " lacks an authorization, token or JWKS endpoint", null);
        }
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(metadata.getJWKSetURI().toURL(),
                            new DefaultResourceRetriever(CONNECT_TIMEOUT, READ_TIMEOUT, JWKS_SIZE_LIMIT))
                    .retrying(true)
                    .build();
        } catch (MalformedURLException e) {
            throw OidcFailure.unavailable("the JWKS URI of " + issuer + " is not a URL", e);
        }
        return new OidcProvider(metadata, new IdTokenCheck(issuer, new ClientID(settings.clientId()),
                algorithms(metadata.getIDTokenJWSAlgs()), keys));
    }

    /** The ID token algorithms the provider announces, or RS256 if it announces none. */
    static Set<JWSAlgorithm> algorithms(List<JWSAlgorithm> announced) {
        Set<JWSAlgorithm> asymmetric = new HashSet<>();
        if (announced != null) {
            announced.stream().filter(JWSAlgorithm.Family.SIGNATURE::contains).forEach(asymmetric::add);
        }
        return asymmetric.isEmpty() ? IdTokenCheck.DEFAULT_ALGORITHMS : asymmetric;
    }

    public OIDCProviderMetadata metadata() {
        return metadata;
    }

    public IdTokenCheck idTokenCheck() {
        return requireNonNull(idTokenCheck);
    }
}
