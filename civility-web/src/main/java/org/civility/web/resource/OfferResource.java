package org.civility.web.resource;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civility.core.access.Actor;
import org.civility.core.order.Assignee;
import org.civility.core.resource.OfferService;
import org.civility.core.resource.PublishOffer;
import org.civility.core.resource.ReviseOffer;
import org.civility.core.resource.ServiceOffer;
import org.civility.core.resource.ServiceOfferId;
import org.civility.core.shared.PageRequest;
import org.civility.web.resource.ResourceDtos.OfferDto;
import org.civility.web.resource.ResourceDtos.PublishOfferDto;
import org.civility.web.resource.ResourceDtos.ReviseOfferDto;
import org.civility.web.support.Inputs;
import org.civility.web.support.PageDto;
import org.civility.web.support.Paging;
import org.civility.web.support.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The resource list (资源清单): a volunteer keeps their own offer, a team's is kept with MANAGE_TEAMS at the team's
 * unit. Changes accept {@code If-Match} with the version read and answer the offer with its new {@code ETag}.
 */
@Path("v1/offers")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "offers", description = "The resource list: what volunteers and teams offer (资源清单)")
public class OfferResource {

    @Inject
    Actor actor;

    @Inject
    OfferService service;

    @POST
    @Operation(summary = "Publish an offer: one's own as a volunteer, or a team's (needs MANAGE_TEAMS at its unit)",
            description = "A second offer of the same volunteer or team answers 409 OFFER-EXISTS; another "
                    + "volunteer's 403 OFFER-NOT-OWNER; no skills 400 MATCH-SKILL-INVALID.")
    @APIResponse(responseCode = "201", description = "Published",
            content = @Content(schema = @Schema(implementation = OfferDto.class)))
    public Response publish(@Valid @NotNull PublishOfferDto body, @Context UriInfo uri) {
        UUID owner = Inputs.requiredUuid(body.ownerId(), "ownerId");
        ServiceOffer offer = service.publish(actor, new PublishOffer(new Assignee(body.ownerKind(), owner),
                body.skills(), ResourceDtos.area(body.unit(), body.grid(), body.latitude(), body.longitude()),
                ResourceDtos.windows(body.availability()), body.note()));
        return Response.created(uri.getAbsolutePathBuilder().path(offer.id().toString()).build())
                .tag(Versions.etag(offer.version())).entity(OfferDto.of(offer, true)).build();
    }

    @GET
    @Operation(summary = "The offers of exactly the given unit, by id (needs VIEW there); places are not shown")
    @APIResponse(responseCode = "200", description = "A page of offers")
    public PageDto<OfferDto> list(
            @Parameter(description = "Id of the unit", required = true) @QueryParam("unit") String unit,
            @Parameter(description = "Only active offers (default true)") @QueryParam("active") Boolean active,
            @Parameter(description = "Offset, default 0") @QueryParam("offset") Integer offset,
            @Parameter(description = "Page size") @QueryParam("limit") Integer limit) {
        PageRequest page = Paging.of(offset, limit);
        return PageDto.of(service.byUnit(actor, Inputs.unitId(unit, "unit"), active == null || active, page),
                page.limit(), o -> OfferDto.of(o, false));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One offer (needs VIEW at its unit); the place only for whoever may keep it; ETag is the version")
    @APIResponse(responseCode = "200", description = "The offer",
            content = @Content(schema = @Schema(implementation = OfferDto.class)))
    public Response get(@PathParam("id") String id) {
        return withEtag(service.find(actor, offerId(id)));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Revise an offer's skills, area, availability and note (its keeper only)")
    @APIResponse(responseCode = "200", description = "The revised offer with its new version",
            content = @Content(schema = @Schema(implementation = OfferDto.class)))
    public Response revise(@PathParam("id") String id, @Valid @NotNull ReviseOfferDto body,
                           @Parameter(description = "The version read (ETag)")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(service.revise(actor, new ReviseOffer(offerId(id), Inputs.expectedVersion(ifMatch),
                body.skills(), ResourceDtos.area(body.unit(), body.grid(), body.latitude(), body.longitude()),
                ResourceDtos.windows(body.availability()), body.note())));
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Withdraw an offer from matching (its keeper only)")
    @APIResponse(responseCode = "200", description = "The withdrawn offer with its new version",
            content = @Content(schema = @Schema(implementation = OfferDto.class)))
    public Response withdraw(@PathParam("id") String id,
                             @Parameter(description = "The version read (ETag)")
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(service.withdraw(actor, offerId(id), Inputs.expectedVersion(ifMatch)));
    }

    @POST
    @Path("{id}/reactivate")
    @Operation(summary = "Bring a withdrawn offer back (its keeper only)")
    @APIResponse(responseCode = "200", description = "The active offer with its new version",
            content = @Content(schema = @Schema(implementation = OfferDto.class)))
    public Response reactivate(@PathParam("id") String id,
                               @Parameter(description = "The version read (ETag)")
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(service.reactivate(actor, offerId(id), Inputs.expectedVersion(ifMatch)));
    }

    private Response withEtag(ServiceOffer offer) {
        return Response.ok(OfferDto.of(offer, service.mayKeep(actor, offer))).tag(Versions.etag(offer.version()))
                .build();
    }

    private static ServiceOfferId offerId(String value) {
        return Inputs.id(value, "id", ServiceOfferId::of);
    }
}
