package org.civility.web.venue;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civility.core.access.Actor;
import org.civility.core.venue.ApproveBooking;
import org.civility.core.venue.Booking;
import org.civility.core.venue.BookingId;
import org.civility.core.venue.CancelBooking;
import org.civility.core.venue.CloseBooking;
import org.civility.core.venue.RecordDamage;
import org.civility.core.venue.RejectBooking;
import org.civility.core.venue.SignChecklistItem;
import org.civility.core.venue.VenueService;
import org.civility.web.support.Inputs;
import org.civility.web.support.Versions;
import org.civility.web.venue.VenueDtos.BookingDto;
import org.civility.web.venue.VenueDtos.ReasonDto;
import org.civility.web.venue.VenueDtos.RecordDamageDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.ZoneId;
import java.util.function.Function;

/**
 * Bookings of venues after they were taken: approval of other use (R-VEN-2), cancellation, the
 * closing checklist (R-VEN-3) and damage (R-VEN-4). Every command answers the booking as stored,
 * with its version as ETag, and honours {@code If-Match}.
 */
@Path("v1/bookings")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "bookings", description = "Venue bookings: approval (R-VEN-2), closing checklist (R-VEN-3), damage (R-VEN-4)")
public class BookingResource {

    private static final String WHO_DECIDES = "Whoever holds APPROVE_VENUE_USE at the booking's station (the "
            + "committee's role, heads). Those who manage the venue decide too where a county or township set "
            + "venue.other-use-approvers to COMMITTEE_OR_ADMINISTRATORS and they could not have set it themselves; "
            + "otherwise they get 403 R-VEN-2-APPROVER.";

    @Inject
    Actor actor;

    @Inject
    VenueService service;

    @Inject
    ZoneId zone;

    @GET
    @Path("{id}")
    @Operation(summary = "One booking with its checklist and damages; its ETag is its version")
    @APIResponse(responseCode = "200", description = "The booking",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingDto.class)))
    public Response get(@PathParam("id") String id) {
        return ok(service.getBooking(actor, PathIds.booking(id)));
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "The residents' committee approves a use other than practice (R-VEN-2)",
            description = WHO_DECIDES)
    @APIResponse(responseCode = "200", description = "Approved: CONFIRMED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingDto.class)))
    public Response approve(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return command(id, b -> service.approve(actor, new ApproveBooking(b), Inputs.expectedVersion(ifMatch)));
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "The residents' committee rejects a use other than practice, giving a reason (R-VEN-2)",
            description = WHO_DECIDES)
    @APIResponse(responseCode = "200", description = "Rejected: CANCELLED, the slot is free again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingDto.class)))
    public Response reject(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull ReasonDto body) {
        return command(id, b -> service.reject(actor, new RejectBooking(b, body.reason()),
                Inputs.expectedVersion(ifMatch)));
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel an open booking, giving a reason; the slot is free again")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingDto.class)))
    public Response cancel(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull ReasonDto body) {
        return command(id, b -> service.cancel(actor, new CancelBooking(b, body.reason()),
                Inputs.expectedVersion(ifMatch)));
    }

    @PUT
    @Path("{id}/checklist/{item}")
    @Operation(summary = "Duty staff sign one closing-checklist item in their own name (R-VEN-3); "
            + "items: MULTIMEDIA_EQUIPMENT, FIRE_EQUIPMENT, POWER_CUT, WINDOWS_SHUT, FIRE_CHECK, DOOR_LOCKED")
    @APIResponse(responseCode = "200", description = "Signed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingDto.class)))
    public Response sign(@PathParam("id") String id, @PathParam("item") String item,
                         @HeaderParam("If-Match") String ifMatch) {
        return command(id, b -> service.signChecklist(actor, new SignChecklistItem(b, PathIds.checklistItem(item)),
                Inputs.expectedVersion(ifMatch)));
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close a used booking once every checklist item is signed; otherwise 422 R-VEN-3 "
            + "listing the unsigned items")
    @APIResponse(responseCode = "200", description = "Closed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingDto.class)))
    @APIResponse(responseCode = "422", description = "R-VEN-3: checklist items unsigned (args.unsigned)",
            content = @Content(mediaType = "application/problem+json"))
    public Response close(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return command(id, b -> service.close(actor, new CloseBooking(b), Inputs.expectedVersion(ifMatch)));
    }

    @POST
    @Path("{id}/damages")
    @Operation(summary = "Record damage against the booking's user, compensated at cost; an outside "
            + "organisation must also restore the venue (R-VEN-4)")
    @APIResponse(responseCode = "200", description = "The booking with the damage recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingDto.class)))
    public Response recordDamage(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                                 @Valid @NotNull RecordDamageDto body) {
        return command(id, b -> service.recordDamage(actor,
                new RecordDamage(b, body.description(), body.costInFen(), body.responsibleParty()),
                Inputs.expectedVersion(ifMatch)));
    }

    /** Runs the command on the booking of the path; core checks {@code If-Match} against the booking it changes. */
    private Response command(String id, Function<BookingId, Booking> command) {
        return ok(command.apply(PathIds.booking(id)));
    }

    private Response ok(Booking booking) {
        return Response.ok(BookingDto.of(booking, zone)).tag(Versions.etag(booking.version())).build();
    }
}
