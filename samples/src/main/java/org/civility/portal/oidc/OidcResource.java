package org.civility.portal.oidc;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civility.portal.Settings;
import org.civility.portal.security.SessionResource;
import org.civility.web.problem.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sign-in of the browser UI through the deployment's OpenID Connect provider (统一身份认证), in three public steps
 * that never put the portal's bearer token into a URL:
 * <ol>
 *   <li>{@code POST /api/v1/sessions/oidc}: the provider's authorization URL and the sealed flow the UI keeps in its
 *       tab's {@code sessionStorage};</li>
 *   <li>{@code GET /api/v1/sessions/oidc/callback}: the redirect URI registered at the provider; it moves the
 *       provider's one-time authorization code and state from the query into the fragment of the UI's
 *       {@code #/sign-in-return} page (a fragment never reaches a server or a log);</li>
 *   <li>{@code POST /api/v1/sessions/oidc/exchange}: the UI sends code, state and flow, and gets the bearer token.</li>
 * </ol>
 * Failures are problem+json with a stable code ({@link OidcFailure}).
 */
@Path(OidcResource.PATH)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sessions", description = "Sign-in and sign-out of the browser UI")
public class OidcResource {

    public static final String PATH = SessionResource.PATH + "/oidc";

    private static final Logger LOG = Logger.getLogger(OidcResource.class.getName());

    /** What the callback passes on: printable URL-safe characters of a bounded length. */
    private static final Pattern PARAMETER = Pattern.compile("[\\x21-\\x7E]{1,2048}");

    @Inject
    OidcSignIn signIn;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    public record StartDto(String authorizationUrl, String flow) {
    }

    public record ExchangeDto(@Size(max = 2048) String code, @Size(max = 256) String error,
                              @NotNull @Size(max = 2048) String state, @NotNull @Size(max = 8192) String flow) {
    }

    @POST
    @Operation(summary = "Begin a sign-in at the OpenID Connect provider: its authorization URL and the sealed flow the "
            + "browser keeps; 404 OIDC-NOT-CONFIGURED, 502 OIDC-PROVIDER-UNAVAILABLE")
    public Response start() {
        try {
            OidcSignIn.Start start = signIn.start(portalRoot().resolve("api/" + PATH + "/callback"));
            return Response.ok(new StartDto(start.authorizationUrl().toString(), start.flow())).build();
        } catch (OidcFailure failure) {
            return problem(failure);
        }
    }

    @GET
    @Path("callback")
    @Operation(summary = "The redirect URI registered at the provider: passes code and state on to the UI's "
            + "#/sign-in-return page in the URL fragment (303)")
    public Response callback(@QueryParam("code") String code, @QueryParam("state") String state,
                             @QueryParam("error") String error) {
        Map<String, String> passOn = new LinkedHashMap<>();
        put(passOn, "code", code);
        put(passOn, "state", state);
        put(passOn, "error", error);
        if (!passOn.containsKey("code") && !passOn.containsKey("error")) {
            passOn.put("error", "invalid_request");
        }
        String fragment = passOn.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return Response.seeOther(URI.create(portalRoot() + "#/sign-in-return?" + fragment)).build();
    }

    @POST
    @Path("exchange")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Finish a sign-in at the provider: the provider's code and state with the browser's flow give "
            + "a bearer token; 400 OIDC-FLOW-INVALID, 401 OIDC-PROVIDER-REFUSED, OIDC-ID-TOKEN-INVALID or "
            + "OIDC-USERNAME-MISSING, 409 SETUP-REQUIRED, 502 OIDC-PROVIDER-UNAVAILABLE")
    public Response exchange(@Valid @NotNull ExchangeDto body) {
        try {
            OidcSignIn.SignedIn signedIn = signIn.finish(body.code(), body.error(), body.state(), body.flow());
            return Response.status(201).entity(new SessionResource.SessionDto(signedIn.token(), signedIn.name())).build();
        } catch (OidcFailure failure) {
            return problem(failure);
        }
    }

    private static void put(Map<String, String> passOn, String name, String value) {
        if (value != null && PARAMETER.matcher(value).matches()) {
            passOn.put(name, value);
        }
    }

    /**
     * The root of the portal's web application: the setting {@code civility.portal.url} ({@code CIVILITY_PORTAL_URL},
     * needed behind a reverse proxy) or else the root of this request.
     */
    private URI portalRoot() {
        return Settings.get("civility.portal.url")
                .map(url -> URI.create(url.endsWith("/") ? url : url + "/"))
                .orElseGet(() -> uri.getBaseUri().resolve(".."));
    }

    private Response problem(OidcFailure failure) {
        LOG.log(failure.status() >= 500 ? Level.WARNING : Level.INFO,
                "Sign-in through the identity provider refused: " + failure.getMessage()
                        + (failure.getCause() == null ? "" : " (" + failure.getCause().getClass().getSimpleName() + ")"));
        return Problems.of(failure.status(), failure.code(), failure.args(), headers, uri, null);
    }
}
