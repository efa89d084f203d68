package org.civility.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.civility.core.account.AccountError;
import org.civility.core.account.SignInResult;
import org.civility.portal.PortalError;
import org.civility.web.problem.Problems;
import org.civility.web.problem.WebError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/**
 * Sign-in and sign-out for the browser UI. {@code GET /api/v1/sessions/methods} says which ways to sign in this
 * deployment offers ({@link SignInMethods}); {@code POST /api/v1/sessions} takes a user name and password and
 * answers a token for {@code Authorization: Bearer} (403 PASSWORD-SIGN-IN-DISABLED where password sign-in is off);
 * {@code DELETE /api/v1/sessions/current} signs that token out, {@code DELETE /api/v1/sessions} every session of the
 * account (sign out everywhere). Tokens are kept in the database ({@link SessionTokens}): they survive a restart and
 * work on every node. The OpenID Connect sign-in is {@link org.civility.portal.oidc.OidcResource}.
 */
@Path(SessionResource.PATH)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sessions", description = "Sign-in and sign-out of the browser UI")
public class SessionResource {

    public static final String PATH = "v1/sessions";

    @Inject
    PortalSignIn signIn;

    @Context
    HttpServletRequest request;

    @Inject
    SessionTokens tokens;

    @Inject
    SignInMethods methods;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    /** newPassword: the password of one's own choosing, when signing in with a one-time password. */
    public record SignInDto(@NotBlank @Size(max = 200) String username, @NotBlank @Size(max = 200) String password,
                            @Size(max = 200) String newPassword) {
    }

    public record SessionDto(String token, String name) {
    }

    /**
     * The ways to sign in: the UI's password form, HTTP Basic for API clients, and the OpenID Connect provider
     * (统一身份认证).
     */
    public record SignInMethodsDto(boolean password, boolean basic, boolean openIdConnect) {
    }

    @GET
    @Path("methods")
    @Operation(summary = "Which ways to sign in this portal offers")
    public SignInMethodsDto methods() {
        return new SignInMethodsDto(methods.password(), methods.basic(), methods.oidc().isPresent());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in: a bearer token; 401 SIGN-IN-FAILED on a wrong name or password (one answer for "
            + "every reason), 403 PASSWORD-CHANGE-REQUIRED with a one-time password (send newPassword too), 429 R-ACC-2 "
            + "with Retry-After after repeated failures, 403 PASSWORD-SIGN-IN-DISABLED where password sign-in is off")
    public Response signIn(@Valid @NotNull SignInDto body) {
        if (!methods.password()) {
            return Problems.of(403, PortalError.PASSWORD_SIGN_IN_DISABLED, Map.of(), headers, uri, null);
        }
        return switch (signIn.session(body.username().strip(), body.password(), body.newPassword(),
                request.getRemoteAddr())) {
            case SignInResult.SignedIn in -> {
                String name = in.account().username();
                yield Response.status(201).entity(new SessionDto(tokens.open(name), name)).build();
            }
            case SignInResult.MustChangePassword ignored ->
                    Problems.of(403, PortalError.PASSWORD_CHANGE_REQUIRED, Map.of(), headers, uri, null);
            case SignInResult.Throttled t -> Problems.of(429, AccountError.THROTTLED,
                    Map.of(Problems.RETRY_AFTER_SECONDS, t.retryAfter().toSeconds()), headers, uri, null);
            case SignInResult.Refused ignored -> Problems.of(401, WebError.SIGN_IN_FAILED, Map.of(), headers, uri, null);
        };
    }

    @DELETE
    @Path("current")
    @Operation(summary = "Sign out the bearer token of this request")
    public Response signOut(@HeaderParam("Authorization") String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.close(authorization.substring(7).trim());
        }
        return Response.noContent().build();
    }

    public record SignedOutDto(int sessions) {
    }

    @DELETE
    @Operation(summary = "Sign out everywhere: ends every session of the signed-in account (all devices)")
    public Response signOutEverywhere(@Context SecurityContext security) {
        if (security.getUserPrincipal() == null) {
            return Problems.of(401, WebError.UNAUTHENTICATED, Map.of(), headers, uri, null);
        }
        return Response.ok(new SignedOutDto(tokens.closeAllOf(security.getUserPrincipal().getName()))).build();
    }
}
