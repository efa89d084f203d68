package org.civility.web.appraisal;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.civility.web.idempotency.Idempotent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civility.core.access.Actor;
import org.civility.core.appraisal.AppraisalService;
import org.civility.core.appraisal.Household;
import org.civility.core.appraisal.HouseholdId;
import org.civility.core.appraisal.LinkVoter;
import org.civility.core.appraisal.RegisterHousehold;
import org.civility.core.shared.PageRequest;
import org.civility.web.appraisal.AppraisalDtos.AwardDto;
import org.civility.web.appraisal.AppraisalDtos.HouseholdDto;
import org.civility.web.appraisal.AppraisalDtos.LinkVoterDto;
import org.civility.web.appraisal.AppraisalDtos.RegisterHouseholdDto;
import org.civility.web.support.Inputs;
import org.civility.web.support.PageDto;
import org.civility.web.support.Paging;
import org.civility.web.support.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Households (户) that vote in appraisals and keep their award history. */
@Path("v1/households")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "households", description = "Households (户) of a unit: their voting members (one vote per household, R-APPR-1) and appraisal history")
public class HouseholdResource {

    @Inject
    Actor actor;

    @Inject
    AppraisalService service;

    @Inject
    ZoneId zone;

    @POST
    @Operation(summary = "Register a household with the account names of its voting members")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdDto.class)))
    @Idempotent
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, description = Idempotent.DESCRIPTION)
    public Response register(@Valid @NotNull RegisterHouseholdDto body, @Context UriInfo uri) {
        Household household = service.registerHousehold(actor, new RegisterHousehold(
                Inputs.unitId(body.unitId(), "unitId"), body.head(), body.address(), body.grid(), body.members(),
                body.voters() == null ? Set.of() : Set.copyOf(body.voters())));
        URI location = uri.getBaseUriBuilder().path("v1/households").path(household.id().toString()).build();
        return Response.created(location).tag(Versions.etag(household.version()))
                .entity(HouseholdDto.of(household, zone)).build();
    }

    @GET
    @Operation(summary = "The households of a unit, by head of household, one page at a time (unit is required)")
    public PageDto<HouseholdDto> list(@QueryParam("unit") String unit, @QueryParam("offset") Integer offset,
                                      @QueryParam("limit") Integer limit) {
        PageRequest page = Paging.of(offset, limit);
        return PageDto.of(service.listHouseholds(actor, Inputs.unitId(unit, "unit"), page), page.limit(),
                h -> HouseholdDto.of(h, zone));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One household; its ETag is its version")
    @APIResponse(responseCode = "200", description = "The household",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdDto.class)))
    public Response get(@PathParam("id") String id) {
        Household household = service.getHousehold(actor, householdId(id));
        return Response.ok(HouseholdDto.of(household, zone)).tag(Versions.etag(household.version())).build();
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "A household's awards over the years, oldest first")
    public List<AwardDto> history(@PathParam("id") String id) {
        return service.history(actor, householdId(id)).stream().map(a -> AwardDto.of(a, zone)).toList();
    }

    @POST
    @Path("{id}/voters")
    @Operation(summary = "Link a resident's account to the household as a voting member (an account votes for one household of a unit)")
    @APIResponse(responseCode = "200", description = "Linked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdDto.class)))
    public Response linkVoter(@PathParam("id") String id, @Valid @NotNull LinkVoterDto body,
                              @HeaderParam("If-Match") String ifMatch) {
        Household linked = service.linkVoter(actor, new LinkVoter(householdId(id), body.account()),
                Inputs.expectedVersion(ifMatch));
        return Response.ok(HouseholdDto.of(linked, zone)).tag(Versions.etag(linked.version())).build();
    }

    static HouseholdId householdId(String value) {
        return new HouseholdId(Inputs.uuid(value, "id"));
    }
}
