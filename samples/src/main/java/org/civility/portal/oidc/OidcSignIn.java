package org.civility.portal.oidc;

import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.OIDCScopeValue;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.UserInfo;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civility.core.account.Account;
import org.civility.portal.PortalError;
import org.civility.portal.security.SessionTokens;
import org.civility.portal.security.SignInMethods;

import javax.crypto.SecretKey;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Sign-in through the deployment's OpenID Connect provider, authorization code flow with PKCE (S256), state and
 * nonce (ADR 0024). {@link #start} makes the provider's authorization URL and the sealed {@link OidcFlow} the browser
 * keeps; {@link #finish} takes the provider's code back with that flow, redeems the code at the token endpoint with the
 * code verifier and the client secret, validates the ID token ({@link IdTokenCheck}), finds or creates the account the
 * username claim names ({@link OidcAccounts}) and opens a bearer session ({@link SessionTokens#open}). Nothing of a
 * sign-in is kept on the server between the two steps.
 */
@ApplicationScoped
public class OidcSignIn {

    private static final Logger LOG = Logger.getLogger(OidcSignIn.class.getName());

    /** Error codes of RFC 6749 are short words; anything else from the provider is not shown. */
    private static final Pattern ERROR_CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    @Inject
    SignInMethods methods;

    @Inject
    OidcAccounts accounts;

    @Inject
    SessionTokens sessions;

    private volatile OidcProvider provider;

    /** Where the browser goes to sign in at the provider, and the flow it keeps until it comes back. */
    public record Start(URI authorizationUrl, String flow) {
    }

    /** A finished sign-in: the bearer token and the account's name. */
    public record SignedIn(String token, String name) {
    }

    /**
     * Begins a sign-in whose answer the provider sends to {@code redirectUri}.
     *
     * @throws OidcFailure OIDC-NOT-CONFIGURED, OIDC-PROVIDER-UNAVAILABLE
     */
    public Start start(URI redirectUri) {
        OidcSettings settings = settings();
        OIDCProviderMetadata metadata = provider(settings).metadata();
        OidcFlow flow = OidcFlow.begin(redirectUri, Instant.now());
        AuthenticationRequest request = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope(OIDCScopeValue.OPENID, OIDCScopeValue.PROFILE), new ClientID(settings.clientId()), redirectUri)
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(flow.state())
                .nonce(flow.nonce())
                .codeChallenge(flow.verifier(), CodeChallengeMethod.S256)
                .build();
        return new Start(request.toURI(), flow.seal(key(settings)));
    }

    /**
     * Finishes a sign-in with what the provider sent back ({@code code}, or {@code error}) and the flow the browser
     * kept.
     *
     * @throws OidcFailure OIDC-NOT-CONFIGURED, OIDC-FLOW-INVALID, OIDC-PROVIDER-REFUSED, OIDC-PROVIDER-UNAVAILABLE,
     *                     OIDC-ID-TOKEN-INVALID, OIDC-USERNAME-MISSING, SETUP-REQUIRED
     */
    public SignedIn finish(String code, String error, String state, String sealedFlow) {
        OidcSettings settings = settings();
        OidcFlow flow = OidcFlow.open(sealedFlow, state, key(settings), Instant.now());
        if (error != null || code == null || code.isBlank()) {
            throw refused(error == null ? "invalid_request" : error);
        }
        OidcProvider provider = provider(settings);
        OIDCTokenResponse tokens = redeem(settings, provider.metadata(), flow, code);
        JWT idToken = tokens.getOIDCTokens().getIDToken();
        if (idToken == null) {
            throw OidcFailure.idTokenInvalid("the token response has no ID token", null);
        }
        IDTokenClaimsSet claims = provider.idTokenCheck().validate(idToken, flow.nonce());
        String username = username(settings, provider.metadata(), claims, tokens.getOIDCTokens().getBearerAccessToken());
        String displayName = Optional.ofNullable(claims.getStringClaim("name")).map(String::strip)
                .filter(n -> !n.isEmpty()).map(n -> n.length() > 128 ? n.substring(0, 128) : n).orElse(username);
        Account account = accounts.signIn(claims.getIssuer().getValue(), claims.getSubject().getValue(), username,
                displayName);
        String token = sessions.open(account.username());
        LOG.info(() -> "Signed in through the identity provider: " + account.username());
        return new SignedIn(token, account.username());
    }

    private OIDCTokenResponse redeem(OidcSettings settings, OIDCProviderMetadata metadata, OidcFlow flow, String code) {
        TokenRequest request = new TokenRequest(metadata.getTokenEndpointURI(), clientAuthentication(settings, metadata),
                new AuthorizationCodeGrant(new AuthorizationCode(code), flow.redirectUri(), flow.verifier()));
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout(OidcProvider.CONNECT_TIMEOUT);
        http.setReadTimeout(OidcProvider.READ_TIMEOUT);
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException e) {
            throw OidcFailure.unavailable("the token endpoint could not be reached", e);
        } catch (ParseException e) {
            throw OidcFailure.unavailable("the token endpoint's answer could not be read", e);
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            throw refused(error == null ? null : error.getCode());
        }
        return (OIDCTokenResponse) response.toSuccessResponse();
    }

    /** client_secret_basic, unless the provider announces only client_secret_post. */
    private static ClientAuthentication clientAuthentication(OidcSettings settings, OIDCProviderMetadata metadata) {
        ClientID client = new ClientID(settings.clientId());
        Secret secret = new Secret(settings.clientSecret());
        List<ClientAuthenticationMethod> supported = metadata.getTokenEndpointAuthMethods();
        if (supported != null && !supported.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                && supported.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST)) {
            return new ClientSecretPost(client, secret);
        }
        return new ClientSecretBasic(client, secret);
    }

    /**
     * The account name: the username claim of the ID token or, if the provider puts it only there, of the UserInfo
     * answer for the same subject.
     */
    private static String username(OidcSettings settings, OIDCProviderMetadata metadata, IDTokenClaimsSet claims,
                                   BearerAccessToken accessToken) {
        String claim = settings.usernameClaim();
        Optional<String> value = usable(claims.getClaim(claim));
        if (value.isEmpty() && metadata.getUserInfoEndpointURI() != null && accessToken != null) {
            value = userInfo(metadata.getUserInfoEndpointURI(), accessToken)
                    .filter(info -> claims.getSubject().equals(info.getSubject()))
                    .flatMap(info -> usable(info.getClaim(claim)));
        }
        return value.orElseThrow(() -> new OidcFailure(PortalError.OIDC_USERNAME_MISSING, 401, Map.of("claim", claim),
                "no usable " + claim + " claim"));
    }

    private static Optional<UserInfo> userInfo(URI endpoint, BearerAccessToken accessToken) {
        HTTPRequest http = new UserInfoRequest(endpoint, accessToken).toHTTPRequest();
        http.setConnectTimeout(OidcProvider.CONNECT_TIMEOUT);
        http.setReadTimeout(OidcProvider.READ_TIMEOUT);
        try {
            UserInfoResponse response = UserInfoResponse.parse(http.send());
            return response.indicatesSuccess()
                    ? Optional.ofNullable(response.toSuccessResponse().getUserInfo()) : Optional.empty();
        } catch (IOException e) {
            throw OidcFailure.unavailable("the UserInfo endpoint could not be reached", e);
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    /** A claim value that can name an account: a string or number of 1 to 64 characters without control characters. */
    static Optional<String> usable(Object claim) {
        if (!(claim instanceof String) && !(claim instanceof Number)) {
            return Optional.empty();
        }
        String name = claim.toString().strip();
        return name.isEmpty() || name.length() > 64 || name.chars().anyMatch(Character::isISOControl)
                ? Optional.empty() : Optional.of(name);
    }

    private static OidcFailure refused(String error) {
        String shown = error != null && ERROR_CODE.matcher(error).matches() ? error : "unknown";
        return new OidcFailure(PortalError.OIDC_PROVIDER_REFUSED, 401, Map.of("error", shown),
                "the provider answered " + shown);
    }

    private OidcSettings settings() {
        return methods.oidc().orElseThrow(() -> new OidcFailure(PortalError.OIDC_NOT_CONFIGURED, 404, Map.of(),
                "no OpenID Connect provider configured"));
    }

    private static SecretKey key(OidcSettings settings) {
        return OidcFlow.key(settings.clientSecret());
    }

    /** The provider's metadata and keys, read on first use; a failed read is tried again on the next sign-in. */
    private OidcProvider provider(OidcSettings settings) {
        OidcProvider known = provider;
        if (known == null) {
            synchronized (this) {
                known = provider;
                if (known == null) {
                    known = OidcProvider.discover(settings);
                    provider = known;
                }
            }
        }
        return known;
    }
}
