package org.civility.web.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civility.core.access.Actor;
import org.civility.core.organisation.AddGrid;
import org.civility.core.organisation.AddPartner;
import org.civility.core.organisation.AppointLeader;
import org.civility.core.organisation.AssignStaff;
import org.civility.core.organisation.FoundUnit;
import org.civility.core.organisation.OrganisationService;
import org.civility.core.organisation.RemoveGrid;
import org.civility.core.organisation.RemoveLeader;
import org.civility.core.organisation.RemovePartner;
import org.civility.core.organisation.RenameUnit;
import org.civility.core.organisation.StaffRole;
import org.civility.core.organisation.UnassignStaff;
import org.civility.core.organisation.Unit;
import org.civility.core.shared.PageRequest;
import org.civility.web.organisation.UnitDtos.AppointDto;
import org.civility.web.organisation.UnitDtos.FoundUnitDto;
import org.civility.web.organisation.UnitDtos.GridDto;
import org.civility.web.organisation.UnitDtos.PartnerDto;
import org.civility.web.organisation.UnitDtos.RenameDto;
import org.civility.web.organisation.UnitDtos.StaffDto;
import org.civility.web.organisation.UnitDtos.UnitDto;
import org.civility.web.support.Inputs;
import org.civility.web.support.PageDto;
import org.civility.web.support.Paging;
import org.civility.web.support.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The practice network: found units, list them by parent, rename them, and keep a station's
 * leadership, staff, grids and partners. Every change answers with the unit as stored and its new
 * {@code ETag}; send that back as {@code If-Match} to change it again (STALE-VERSION otherwise).
 */
@Path("v1/units")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "units", description = "Centers, institutes, stations, points and bases (R-ORG-1, R-ORG-2)")
public class UnitResource {

    private static final String ID = "id";

    @Inject
    Actor actor;

    @Inject
    OrganisationService service;

    @POST
    @Operation(summary = "Found a unit below a parent of the tier above it (R-ORG-1); a CENTER has no parent")
    public Response found(@Valid @NotNull FoundUnitDto body, @Context UriInfo uri) {
        Unit unit = service.found(actor, new FoundUnit(body.tier(), body.name(),
                body.parentId() == null || body.parentId().isBlank() ? null : Inputs.unitId(body.parentId(), "parentId"),
                body.regionCode(), body.address()));
        return Response.created(uri.getAbsolutePathBuilder().path(unit.id().toString()).build())
                .tag(Versions.etag(unit.version()))
                .entity(UnitDto.of(unit))
                .build();
    }

    @GET
    @Operation(summary = "The children of ?parent=, or without it the roots (centers) the caller may view; "
            + "ordered by name, paged")
    public PageDto<UnitDto> list(@QueryParam("parent") String parent, @QueryParam("offset") Integer offset,
                                 @QueryParam("limit") Integer limit) {
        PageRequest request = Paging.of(offset, limit);
        if (parent == null || parent.isBlank()) {
            return PageDto.of(service.roots(actor, request), request.limit(), UnitDto::of);
        }
        return PageDto.of(service.children(actor, Inputs.unitId(parent, "parent"), request), request.limit(),
                UnitDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One unit with its leadership, staff, grids and partners; ETag is its version")
    public Response get(@PathParam(ID) String id) {
        return withTag(service.get(actor, Inputs.unitId(id, ID)));
    }

    @PUT
    @Path("{id}/name")
    @Operation(summary = "Rename a unit")
    public Response rename(@PathParam(ID) String id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull RenameDto body) {
        return withTag(service.rename(actor, Inputs.unitId(id, ID),
                new RenameUnit(body.name(), Inputs.expectedVersion(ifMatch))));
    }

    @POST
    @Path("{id}/dissolution")
    @Operation(summary = "Dissolve a unit (撤销); needs MANAGE_UNITS at its parent; If-Match optional",
            description = "The unit stays in the tree with dissolved = true; what it recorded is then certified by "
                    + "its nearest ancestor that was not dissolved (谁记录谁证明). Dissolving it again changes nothing.")
    @APIResponse(responseCode = "200", description = "The dissolved unit",
            content = @Content(schema = @Schema(implementation = UnitDto.class)))
    public Response dissolve(@PathParam(ID) String id, @HeaderParam("If-Match") String ifMatch) {
        return withTag(service.dissolve(actor, Inputs.unitId(id, ID), Inputs.expectedVersion(ifMatch)));
    }

    @POST
    @Path("{id}/leadership")
    @Operation(summary = "Seat a person in a station's leadership: party secretary as head, committee director "
            + "as deputy head, other two-committee members as members (R-ORG-2)")
    public Response appoint(@PathParam(ID) String id, @HeaderParam("If-Match") String ifMatch,
                            @Valid @NotNull AppointDto body) {
        return withTag(service.appointLeader(actor, Inputs.unitId(id, ID),
                new AppointLeader(body.personName(), body.post(), body.role(), Inputs.expectedVersion(ifMatch))));
    }

    @DELETE
    @Path("{id}/leadership/{personName}")
    @Operation(summary = "Free the leadership seat a person holds")
    public Response removeLeader(@PathParam(ID) String id, @PathParam("personName") String personName,
                                 @HeaderParam("If-Match") String ifMatch) {
        return withTag(service.removeLeader(actor, Inputs.unitId(id, ID),
                new RemoveLeader(personName, Inputs.expectedVersion(ifMatch))));
    }

    @POST
    @Path("{id}/staff")
    @Operation(summary = "Give a person a staff role at the unit (leadership group, lecturer, administrator)")
    public Response assignStaff(@PathParam(ID) String id, @HeaderParam("If-Match") String ifMatch,
                                @Valid @NotNull StaffDto body) {
        return withTag(service.assignStaff(actor, Inputs.unitId(id, ID),
                new AssignStaff(body.personName(), body.role(), Inputs.optionalUuid(body.volunteerId(), "volunteerId"),
                        Inputs.expectedVersion(ifMatch))));
    }

    @DELETE
    @Path("{id}/staff/{personName}")
    @Operation(summary = "Take the staff role ?role= from a person")
    public Response unassignStaff(@PathParam(ID) String id, @PathParam("personName") String personName,
                                  @QueryParam("role") String role, @HeaderParam("If-Match") String ifMatch) {
        return withTag(service.unassignStaff(actor, Inputs.unitId(id, ID),
                new UnassignStaff(personName, Inputs.constant(StaffRole.class, role, "role"),
                        Inputs.expectedVersion(ifMatch))));
    }

    @POST
    @Path("{id}/grids")
    @Operation(summary = "Add a grid (网格) to a station")
    public Response addGrid(@PathParam(ID) String id, @HeaderParam("If-Match") String ifMatch,
                            @Valid @NotNull GridDto body) {
        return withTag(service.addGrid(actor, Inputs.unitId(id, ID),
                new AddGrid(body.name(), body.buildings(), Inputs.expectedVersion(ifMatch))));
    }

    @DELETE
    @Path("{id}/grids/{name}")
    @Operation(summary = "Remove a grid from a station")
    public Response removeGrid(@PathParam(ID) String id, @PathParam("name") String name,
                               @HeaderParam("If-Match") String ifMatch) {
        return withTag(service.removeGrid(actor, Inputs.unitId(id, ID),
                new RemoveGrid(name, Inputs.expectedVersion(ifMatch))));
    }

    @POST
    @Path("{id}/partners")
    @Operation(summary = "Add a partner organisation (共建单位) to a unit")
    public Response addPartner(@PathParam(ID) String id, @HeaderParam("If-Match") String ifMatch,
                               @Valid @NotNull PartnerDto body) {
        return withTag(service.addPartner(actor, Inputs.unitId(id, ID),
                new AddPartner(body.name(), body.kind(), Inputs.expectedVersion(ifMatch))));
    }

    @DELETE
    @Path("{id}/partners/{name}")
    @Operation(summary = "Remove a partner organisation from a unit")
    public Response removePartner(@PathParam(ID) String id, @PathParam("name") String name,
                                  @HeaderParam("If-Match") String ifMatch) {
        return withTag(service.removePartner(actor, Inputs.unitId(id, ID),
                new RemovePartner(name, Inputs.expectedVersion(ifMatch))));
    }

    private static Response withTag(Unit unit) {
        return Response.ok(UnitDto.of(unit)).tag(Versions.etag(unit.version())).build();
    }
}
