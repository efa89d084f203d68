package org.civility.web.me;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.civility.core.access.Actor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Who the caller is, as core sees them. */
@Path("v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "me", description = "The signed-in actor")
public class MeResource {

    @Inject
    Actor actor;

    public record GrantDto(String role, String unitId) {
    }

    /** What the actor may do at a unit of its grants (and below it), by core's table of roles. */
    public record UnitPermissionsDto(String unitId, List<String> permissions) {
    }

    public record MeDto(String name, List<GrantDto> grants, String volunteerId, List<UnitPermissionsDto> permissions) {
    }

    @GET
    @Operation(summary = "The signed-in actor, its roles at units and what it may do there",
            description = "permissions lists, per unit of a grant, core's permissions of the roles held there; each "
                    + "also holds in the units below. A client shows what may be done from it rather than from roles.")
    public MeDto me() {
        return new MeDto(actor.name(),
                actor.grants().stream()
                        .map(g -> new GrantDto(g.role().name(), g.unit().toString()))
                        .sorted(Comparator.comparing(GrantDto::unitId).thenComparing(GrantDto::role))
                        .toList(),
                actor.volunteerId().map(UUID::toString).orElse(null),
                actor.permissionsByUnit().entrySet().stream()
                        .map(e -> new UnitPermissionsDto(e.getKey().toString(),
                                e.getValue().stream().map(Enum::name).sorted().toList()))
                        .toList());
    }
}
