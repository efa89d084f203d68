package org.civility.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import jakarta.ws.rs.core.UriInfo;
import org.civility.portal.PortalError;
import org.civility.web.problem.Problems;
import org.civility.web.problem.WebError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/**
 * Sign-in and sign-out for the browser UI. {@code GET /api/v1/sessions/methods} says which ways to sign in this
 * deployment offers ({@link SignInMethods}); {@code POST /api/v1/sessions} takes a user name and
 * password and answers a token for {@code Authorization: Bearer} (403 PASSWORD-SIGN-IN-DISABLED where password
 * sign-in is off); {@code DELETE /api/v1/sessions/current} signs that token out. The OpenID Connect sign-in is
 * {@link org.civility.portal.oidc.OidcResource}.
 */
@Path(SessionResource.PATH)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sessions", description = "Sign-in and sign-out of the browser UI")
public class SessionResource {

    public static final String PATH = "v1/sessions";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SessionTokens tokens;

    @Inject
    SignInMethods methods;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    public record SignInDto(@NotBlank @Size(max = 200) String username, @NotBlank @Size(max = 200) String password) {
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
    @Operation(summary = "Sign in: a bearer token for the UI; 401 SIGN-IN-FAILED on a wrong name or password, "
            + "403 PASSWORD-SIGN-IN-DISABLED where password sign-in is off")
    public Response signIn(@Valid SignInDto body) {
        if (!methods.password()) {
            return Problems.of(403, PortalError.PASSWORD_SIGN_IN_DISABLED, Map.of(), headers, uri, null);
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(body.username(), body.password()));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return Problems.of(401, WebError.SIGN_IN_FAILED, Map.of(), headers, uri, null);
        }
        String name = result.getCallerPrincipal().getName();
        return Response.status(201).entity(new SessionDto(tokens.open(name, result.getCallerGroups()), name)).build();
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
}
