package org.civility.portal.setup;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civility.core.shared.CivilityException;
import org.civility.portal.PortalError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.logging.Logger;

/**
 * The first-administrator page's API (R-ACC-3), public while the database has no account: {@code GET} says whether
 * the portal still waits for its first administrator, {@code POST} creates it with the one-time token of the setup
 * link the portal logged at start. Once an account exists, both say so and nothing else.
 */
@Path(SetupResource.PATH)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "setup", description = "The first start of a portal without accounts")
public class SetupResource {

    public static final String PATH = "v1/setup";

    private static final Logger LOG = Logger.getLogger(SetupResource.class.getName());

    @Inject
    FirstAdministrator administrator;

    @Inject
    SetupToken token;

    public record SetupStateDto(boolean required) {
    }

    public record FirstAdministratorDto(
            @NotBlank @Size(max = 200) String token,
            @NotBlank @Size(max = 100) String name,
            // The hyphen escaped: the UI's input takes this pattern (GET /api/v1/ui/limits), and a browser reads it
            // with JavaScript's v flag, where a bare "-" in a class is an error.
            @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._@\\-]{2,63}") String username,
            @NotNull @Size(max = 200) String password) {
    }

    public record CreatedDto(String username) {
    }

    @GET
    @Operation(summary = "Whether the portal still waits for its first administrator")
    public SetupStateDto state() {
        return new SetupStateDto(administrator.needed());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create the first administrator with the setup link's token; 403 SETUP-TOKEN-INVALID, "
            + "409 SETUP-DONE once an account exists")
    public Response create(@Valid @NotNull FirstAdministratorDto body) {
        if (!administrator.needed()) {
            throw CivilityException.of(PortalError.SETUP_DONE);
        }
        if (!token.matches(body.token())) {
            throw CivilityException.of(PortalError.SETUP_TOKEN_INVALID);
        }
        administrator.create(body.name().strip(), body.username(), body.password());
        token.spend();
        LOG.info(() -> "First administrator " + body.username() + " created through the setup page");
        return Response.status(201).entity(new CreatedDto(body.username())).build();
    }
}
