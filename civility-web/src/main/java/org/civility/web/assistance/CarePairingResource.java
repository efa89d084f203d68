package org.civility.web.assistance;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civility.core.access.Actor;
import org.civility.core.assistance.AssistanceService;
import org.civility.core.assistance.CarePairingId;
import org.civility.core.assistance.CarePairingView;
import org.civility.core.assistance.CareRecipientId;
import org.civility.core.assistance.EndCarePairing;
import org.civility.core.assistance.RecordVisit;
import org.civility.core.assistance.StartCarePairing;
import org.civility.core.volunteer.VolunteerId;
import org.civility.web.assistance.AssistanceDtos.CarePairingDto;
import org.civility.web.assistance.AssistanceDtos.RecordVisitDto;
import org.civility.web.assistance.AssistanceDtos.StartCarePairingDto;
import org.civility.web.support.ApiTime;
import org.civility.web.support.Inputs;
import org.civility.web.support.Versions;
import org.civility.web.volunteer.PersonalData;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.ZoneId;
import java.util.Optional;

/**
 * Care pairings (结对关爱): MANAGE_CARE pairs volunteers with a recipient and ends pairings; the paired
 * volunteers record visits (R-HELP-1; anyone else 403 ASSISTANCE-NOT-PAIRED). Visit notes are shown
 * only to those who may see the recipient's details.
 */
@Path("v1/care-pairings")
@RequestScoped
@Transactional
@PersonalData
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "care-pairings", description = "Care pairings of volunteers with recipients and their visits (结对关爱)")
public class CarePairingResource {

    @Inject
    Actor actor;

    @Inject
    AssistanceService service;

    @Inject
    ZoneId zone;

    @POST
    @Operation(summary = "Pair volunteers with a recipient (needs MANAGE_CARE at the recipient's unit)",
            description = "An interval above the unit's maximum answers 422 R-HELP-1; a start date in the future or "
                    + "further back than allowed 422 ASSISTANCE-START-DATE; a recipient already paired 409 "
                    + "ASSISTANCE-ALREADY-PAIRED; a volunteer whose home unit lies outside the recipient's unit subtree "
                    + "422 REFERENCE-OUTSIDE-SUBTREE; the caller's own volunteer record 403 ASSISTANCE-SELF-PAIRING.")
    @APIResponse(responseCode = "201", description = "Paired",
            content = @Content(schema = @Schema(implementation = CarePairingDto.class)))
    public Response pair(@Valid @NotNull StartCarePairingDto body, @Context UriInfo uri) {
        CarePairingView view = service.pair(actor, new StartCarePairing(
                new CareRecipientId(Inputs.uuid(body.recipient(), "recipient")),
                body.volunteers().stream().map(v -> new VolunteerId(Inputs.uuid(v, "volunteers"))).toList(),
                body.visitIntervalDays(), Optional.ofNullable(body.startedOn())));
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .tag(Versions.etag(view.version()))
                .entity(CarePairingDto.of(view, zone))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One pairing (its volunteers, MANAGE_CARE or VIEW_CARE_DETAILS); ETag is the version")
    @APIResponse(responseCode = "200", description = "The pairing",
            content = @Content(schema = @Schema(implementation = CarePairingDto.class)))
    public Response get(@PathParam("id") String id) {
        return ok(service.pairing(actor, pairingId(id)));
    }

    @POST
    @Path("{id}/visits")
    @Operation(summary = "Record a visit as one of the pairing's volunteers (R-HELP-1); If-Match optional",
            description = "Anyone but the pairing's volunteers gets 403 ASSISTANCE-NOT-PAIRED.")
    @APIResponse(responseCode = "200", description = "The pairing with the visit",
            content = @Content(schema = @Schema(implementation = CarePairingDto.class)))
    public Response recordVisit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid @NotNull RecordVisitDto body) {
        return ok(service.recordVisit(actor, new RecordVisit(pairingId(id), ApiTime.toInstant(body.visitedAt()),
                body.durationMinutes(), body.notes(), Inputs.expectedVersion(ifMatch))));
    }

    @POST
    @Path("{id}/end")
    @Operation(summary = "End a pairing today (needs MANAGE_CARE at the recipient's unit); If-Match optional")
    @APIResponse(responseCode = "200", description = "The ended pairing",
            content = @Content(schema = @Schema(implementation = CarePairingDto.class)))
    public Response end(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.end(actor, new EndCarePairing(pairingId(id), Inputs.expectedVersion(ifMatch))));
    }

    private Response ok(CarePairingView view) {
        return Response.ok(CarePairingDto.of(view, zone)).tag(Versions.etag(view.version())).build();
    }

    private static CarePairingId pairingId(String id) {
        return new CarePairingId(Inputs.uuid(id, "id"));
    }
}
