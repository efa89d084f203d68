package org.civility.web.venue;

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
import org.civility.core.shared.PageRequest;
import org.civility.core.venue.BookVenue;
import org.civility.core.venue.Booking;
import org.civility.core.venue.RegisterVenue;
import org.civility.core.venue.RetireVenue;
import org.civility.core.venue.Venue;
import org.civility.core.venue.VenueOwner;
import org.civility.core.venue.VenueService;
import org.civility.core.venue.VenueUser;
import org.civility.web.support.ApiTime;
import org.civility.web.support.PageDto;
import org.civility.web.support.Paging;
import org.civility.web.support.Inputs;
import org.civility.web.support.Versions;
import org.civility.web.venue.VenueDtos.BookVenueDto;
import org.civility.web.venue.VenueDtos.BookingDto;
import org.civility.web.venue.VenueDtos.RegisterVenueDto;
import org.civility.web.venue.VenueDtos.VenueDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.ZoneId;
import java.util.EnumSet;

/** Venues (阵地) a station schedules, and booking their slots. */
@Path("v1/venues")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "venues", description = "Venues a station schedules for the six platforms (R-VEN-1), and their bookings (R-VEN-2, R-VEN-5)")
public class VenueResource {

    @Inject
    Actor actor;

    @Inject
    VenueService service;

    @Inject
    ZoneId zone;

    @POST
    @Operation(summary = "Register a venue at a station; its owner never changes (R-VEN-1)")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VenueDto.class)))
    public Response register(@Valid @NotNull RegisterVenueDto body, @Context UriInfo uri) {
        Venue venue = service.register(actor, new RegisterVenue(PathIds.unit(body.unitId(), "unitId"), body.name(),
                body.kind(), VenueOwner.of(body.owner().name(), body.owner().contact()),
                EnumSet.copyOf(body.platforms()), body.capacity()));
        URI location = uri.getBaseUriBuilder().path("v1/venues").path(venue.id().toString()).build();
        return Response.created(location).tag(Versions.etag(venue.version())).entity(VenueDto.of(venue)).build();
    }

    @GET
    @Operation(summary = "The venues a station schedules, by name, one page at a time (unit is required)")
    public PageDto<VenueDto> list(@QueryParam("unit") String unit, @QueryParam("offset") Integer offset,
                                  @QueryParam("limit") Integer limit) {
        PageRequest page = Paging.of(offset, limit);
        return PageDto.of(service.listByUnit(actor, PathIds.unit(unit, "unit"), page), page.limit(), VenueDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One venue; its ETag is its version")
    @APIResponse(responseCode = "200", description = "The venue",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VenueDto.class)))
    public Response get(@PathParam("id") String id) {
        Venue venue = service.get(actor, PathIds.venue(id));
        return Response.ok(VenueDto.of(venue)).tag(Versions.etag(venue.version())).build();
    }

    @POST
    @Path("{id}/retire")
    @Operation(summary = "Take a venue out of scheduling; its bookings stay as they are")
    @APIResponse(responseCode = "200", description = "Retired",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VenueDto.class)))
    public Response retire(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        Venue venue = service.retire(actor, new RetireVenue(PathIds.venue(id)), Inputs.expectedVersion(ifMatch));
        return Response.ok(VenueDto.of(venue)).tag(Versions.etag(venue.version())).build();
    }

    @POST
    @Path("{id}/bookings")
    @Operation(summary = "Book a slot [start, end) of a venue; an overlapping slot is refused with 409 R-VEN-5, "
            + "a use other than practice waits for the residents' committee (R-VEN-2)")
    @APIResponse(responseCode = "201", description = "Booked: CONFIRMED, or PENDING_APPROVAL for other use",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingDto.class)))
    @APIResponse(responseCode = "409", description = "R-VEN-5: the slot overlaps a booking of the venue",
            content = @Content(mediaType = "application/problem+json"))
    @Idempotent
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, description = Idempotent.DESCRIPTION)
    public Response book(@PathParam("id") String id, @Valid @NotNull BookVenueDto body, @Context UriInfo uri) {
        Booking booking = service.book(actor, new BookVenue(PathIds.venue(id), ApiTime.toInstant(body.start()),
                ApiTime.toInstant(body.end()), body.purpose(), body.description(),
                new VenueUser(body.user().name(), body.user().outsideOrganisation())));
        URI location = uri.getBaseUriBuilder().path("v1/bookings").path(booking.id().toString()).build();
        return Response.created(location).tag(Versions.etag(booking.version()))
                .entity(BookingDto.of(booking, zone)).build();
    }

    @GET
    @Path("{id}/bookings")
    @Operation(summary = "The bookings of a venue, any status, by start, one page at a time")
    public PageDto<BookingDto> bookings(@PathParam("id") String id, @QueryParam("offset") Integer offset,
                                        @QueryParam("limit") Integer limit) {
        PageRequest page = Paging.of(offset, limit);
        return PageDto.of(service.listBookings(actor, PathIds.venue(id), page), page.limit(),
                b -> BookingDto.of(b, zone));
    }
}
