package org.civility.web.activity;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.civility.web.idempotency.Idempotent;
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
import org.civility.core.activity.Activity;
import org.civility.core.activity.ActivityId;
import org.civility.core.activity.ActivityService;
import org.civility.core.activity.CreateFromTemplate;
import org.civility.core.activity.PlanActivity;
import org.civility.core.activity.PracticeForm;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.venue.BookingId;
import org.civility.web.activity.ActivityDtos.ActivityDto;
import org.civility.web.activity.ActivityDtos.ActivitySummaryDto;
import org.civility.web.activity.ActivityDtos.CreateFromTemplateDto;
import org.civility.web.activity.ActivityDtos.PlanActivityDto;
import org.civility.web.support.ApiTime;
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

import java.net.URI;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * Activities of the five practice forms and their sign-ups (乐: capacity and waiting list).
 * Planning, cancelling and marking held need MANAGE_ACTIVITIES at the activity's unit; signing up
 * SIGN_UP there: a caller linked to a volunteer record signs up as that volunteer, any other as a
 * resident by account name. Commands on an activity accept {@code If-Match} and answer the activity
 * with its new {@code ETag}.
 */
@Path("v1/activities")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "activities", description = "Activities of the practice forms 讲评帮乐庆, sign-up and waiting list")
public class ActivityResource {

    @Inject
    Actor actor;

    @Inject
    ActivityService service;

    @Inject
    ZoneId zone;

    @POST
    @Operation(summary = "Plan an activity at a unit (needs MANAGE_ACTIVITIES there)",
            description = "An end not after the start answers 400 ACTIVITY-SCHEDULE-INVALID; an unknown booking 404, "
                    + "one of another branch (neither the unit, below it nor above it) 422 REFERENCE-OUTSIDE-SUBTREE, "
                    + "a cancelled or rejected one 422 ACTIVITY-BOOKING-UNUSABLE.")
    @APIResponse(responseCode = "201", description = "Planned",
            content = @Content(schema = @Schema(implementation = ActivityDto.class)))
    public Response plan(@Valid @NotNull PlanActivityDto body, @Context UriInfo uri) {
        UUID booking = Inputs.optionalUuid(body.bookingId(), "bookingId");
        Activity activity = service.plan(actor, new PlanActivity(Inputs.unitId(body.unit(), "unit"), body.form(),
                body.themes(), body.title(), body.description(), ApiTime.toInstant(body.start()),
                ApiTime.toInstant(body.end()), Optional.ofNullable(booking).map(BookingId::new),
                Optional.ofNullable(body.capacity())));
        return created(activity, uri.getAbsolutePathBuilder().path(activity.id().toString()).build());
    }

    @POST
    @Path("from-template")
    @Operation(summary = "Create the activity of a seasonal programme for a year (needs MANAGE_ACTIVITIES at the unit)",
            description = "A start outside the programme's season answers 422 ACTIVITY-OUT-OF-SEASON; an unknown "
                    + "template 404 ACTIVITY-TEMPLATE-UNKNOWN.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ActivityDto.class)))
    public Response fromTemplate(@Valid @NotNull CreateFromTemplateDto body, @Context UriInfo uri) {
        Activity activity = service.createFromTemplate(actor, new CreateFromTemplate(Inputs.unitId(body.unit(), "unit"),
                body.template().strip(), body.year(), Optional.ofNullable(ApiTime.toInstant(body.start())),
                Optional.ofNullable(body.capacity())));
        return created(activity, uri.getBaseUriBuilder().path("v1/activities").path(activity.id().toString()).build());
    }

    @GET
    @Operation(summary = "The activities of exactly the given unit, by start (needs VIEW there)")
    public PageDto<ActivitySummaryDto> list(
            @Parameter(description = "Id of the unit", required = true) @QueryParam("unit") String unit,
            @Parameter(description = "Only this practice form") @QueryParam("form") String form,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        if (unit == null || unit.isBlank()) {
            throw CivilityException.of(SharedError.REQUIRED, "field", "unit");
        }
        Optional<PracticeForm> onlyForm = form == null || form.isBlank() ? Optional.empty()
                : Optional.of(Inputs.constant(PracticeForm.class, form, "form"));
        PageRequest page = Paging.of(offset, limit);
        return PageDto.of(service.list(actor, Inputs.unitId(unit, "unit"), onlyForm, page), page.limit(),
                a -> ActivitySummaryDto.of(a, zone));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One activity with its sign-ups (needs VIEW at its unit); ETag is the version")
    @APIResponse(responseCode = "200", description = "The activity",
            content = @Content(schema = @Schema(implementation = ActivityDto.class)))
    public Response get(@PathParam("id") String id) {
        return withEtag(service.get(actor, activityId(id)));
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel a planned activity (needs MANAGE_ACTIVITIES at its unit)",
            description = "An activity cancelled or held already answers 409 ACTIVITY-NOT-PLANNED.")
    @APIResponse(responseCode = "200", description = "The cancelled activity",
            content = @Content(schema = @Schema(implementation = ActivityDto.class)))
    public Response cancel(@PathParam("id") String id,
                           @Parameter(description = "The version read (ETag)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(service.cancel(actor, activityId(id), Inputs.expectedVersion(ifMatch)));
    }

    @POST
    @Path("{id}/held")
    @Operation(summary = "Record that an activity took place (needs MANAGE_ACTIVITIES at its unit)",
            description = "Before its start this answers 422 ACTIVITY-NOT-STARTED.")
    @APIResponse(responseCode = "200", description = "The held activity",
            content = @Content(schema = @Schema(implementation = ActivityDto.class)))
    public Response held(@PathParam("id") String id,
                         @Parameter(description = "The version read (ETag)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(service.markHeld(actor, activityId(id), Inputs.expectedVersion(ifMatch)));
    }

    @POST
    @Path("{id}/sign-ups")
    @Operation(summary = "The caller signs up (needs SIGN_UP at the activity's unit)",
            description = "Confirmed while places remain, else waitlisted. A caller linked to a volunteer record signs "
                    + "up as that volunteer, others as residents by account name. Twice answers 409 "
                    + "ACTIVITY-ALREADY-SIGNED-UP; after the start or unless planned 422 ACTIVITY-SIGN-UP-CLOSED.")
    @APIResponse(responseCode = "200", description = "The activity with the new sign-up",
            content = @Content(schema = @Schema(implementation = ActivityDto.class)))
    @Idempotent
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, description = Idempotent.DESCRIPTION)
    public Response signUp(@PathParam("id") String id,
                           @Parameter(description = "The version read (ETag)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(service.signUp(actor, activityId(id), Inputs.expectedVersion(ifMatch)));
    }

    @DELETE
    @Path("{id}/sign-ups/me")
    @Operation(summary = "The caller withdraws its sign-up (needs SIGN_UP at the activity's unit)",
            description = "A freed place goes to the first waitlisted participant. Without a sign-up 409 "
                    + "ACTIVITY-NOT-SIGNED-UP.")
    @APIResponse(responseCode = "200", description = "The activity without the sign-up",
            content = @Content(schema = @Schema(implementation = ActivityDto.class)))
    public Response cancelSignUp(@PathParam("id") String id,
                                 @Parameter(description = "The version read (ETag)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(service.cancelSignUp(actor, activityId(id), Inputs.expectedVersion(ifMatch)));
    }

    private Response created(Activity activity, URI location) {
        return Response.created(location).tag(Versions.etag(activity.version())).entity(ActivityDto.of(activity, zone))
                .build();
    }

    private Response withEtag(Activity activity) {
        return Response.ok(ActivityDto.of(activity, zone)).tag(Versions.etag(activity.version())).build();
    }

    private static ActivityId activityId(String value) {
        UUID id = Inputs.optionalUuid(value, "id");
        if (id == null) {
            throw CivilityException.of(SharedError.REQUIRED, "field", "id");
        }
        return new ActivityId(id);
    }
}
