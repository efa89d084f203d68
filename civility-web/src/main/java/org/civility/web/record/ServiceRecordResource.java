package org.civility.web.record;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civility.core.access.Actor;
import org.civility.core.record.CheckInCodeService;
import org.civility.core.record.CheckInWithCode;
import org.civility.core.record.CheckOutWithCode;
import org.civility.core.record.MakeUp;
import org.civility.core.record.ServiceRecord;
import org.civility.core.record.ServiceRecordId;
import org.civility.core.record.ServiceRecordService;
import org.civility.core.volunteer.VolunteerId;
import org.civility.web.record.RecordDtos.CheckInWithCodeDto;
import org.civility.web.record.RecordDtos.CheckOutWithCodeDto;
import org.civility.web.record.RecordDtos.CorrectionDto;
import org.civility.web.record.RecordDtos.MakeUpDto;
import org.civility.web.record.RecordDtos.ServiceRecordDto;
import org.civility.web.problem.Problems;
import org.civility.web.support.ApiTime;
import org.civility.web.support.Inputs;
import org.civility.web.volunteer.PersonalData;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.ZoneId;
import java.util.Optional;

/**
 * Service record entries: a volunteer checks in and out with a code; an administrator makes up time (capped at the
 * scheduled length) and corrects entries. Every call appends one entry to the unit's hash chain (201 with the new
 * entry); nothing is ever changed or deleted.
 */
@Path("v1/service-records")
@RequestScoped
@Transactional
@PersonalData
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "service-records", description = "Append-only, hash-chained service records: check-in and check-out "
        + "with a code, administrator make-up and corrections")
public class ServiceRecordResource {

    @Inject
    Actor actor;

    @Inject
    ServiceRecordService records;

    @Inject
    CheckInCodeService codes;

    @Inject
    ZoneId zone;

    @POST
    @Path("check-ins")
    @Operation(summary = "Check in with a code as the signed-in account's volunteer (needs SIGN_UP at the code's unit)",
            description = "code is the six digits as typed or the link token of the QR code's link "
                    + "(checkin?token=...). Opens a session (an entry without end). 404 RECORD-CODE-UNKNOWN, one "
                    + "answer without args for a code that is unknown, not yet or no longer taking check-ins, or at a "
                    + "unit where the volunteer may not sign up, so that trying codes tells nothing; 422 R-REC-1 "
                    + "(already serving elsewhere then), RECORD-LOCATION-CONSENT (a location without consent); 409 "
                    + "RECORD-CODE-ALREADY-USED (once per code, even after checking out); 403 RECORD-NO-VOLUNTEER for "
                    + "an account without volunteer record. R-ACC-2: after 5 wrong codes (RECORD-CODE-UNKNOWN, at "
                    + "check-in or check-out) within 10 minutes the account's check-ins and check-outs answer 429 "
                    + "RECORD-CODE-THROTTLED with Retry-After (seconds) until the first of them is 10 minutes old.")
    @APIResponse(responseCode = "429", description = "R-ACC-2: too many wrong codes; try again after Retry-After "
            + "seconds (RECORD-CODE-THROTTLED)", content = @Content(mediaType = Problems.MEDIA_TYPE),
            headers = @Header(name = "Retry-After", description = "Seconds until the account may try again",
                    schema = @Schema(type = SchemaType.INTEGER)))
    @APIResponse(responseCode = "201", description = "The open session",
            content = @Content(schema = @Schema(implementation = ServiceRecordDto.class)))
    @Idempotent
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, description = Idempotent.DESCRIPTION)
    public Response checkIn(@Valid @NotNull CheckInWithCodeDto body, @Context UriInfo uri) {
        return created(codes.checkIn(actor, new CheckInWithCode(body.code(), Optional.ofNullable(body.location())
                .filter(l -> !l.isBlank()), Boolean.TRUE.equals(body.locationConsent()))), uri);
    }

    @POST
    @Path("check-outs")
    @Operation(summary = "Check out with the code checked in with, as the signed-in account's volunteer",
            description = "code is the six digits or the link token of the code checked in with, either one. "
                    + "Appends an entry that closes the session with the minutes served. 404 RECORD-CODE-UNKNOWN "
                    + "for a code the volunteer never checked in with, as for an unknown one; 422 RECORD-CODE-EXPIRED "
                    + "(after the grace following the scheduled end); 409 RECORD-ALREADY-CORRECTED if checked out "
                    + "already or closed as a forgotten check-out. 429 RECORD-CODE-THROTTLED with Retry-After as for "
                    + "check-ins (R-ACC-2).")
    @APIResponse(responseCode = "429", description = "R-ACC-2: too many wrong codes; try again after Retry-After "
            + "seconds (RECORD-CODE-THROTTLED)", content = @Content(mediaType = Problems.MEDIA_TYPE),
            headers = @Header(name = "Retry-After", description = "Seconds until the account may try again",
                    schema = @Schema(type = SchemaType.INTEGER)))
    @APIResponse(responseCode = "201", description = "The closing entry",
            content = @Content(schema = @Schema(implementation = ServiceRecordDto.class)))
    @Idempotent
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, description = Idempotent.DESCRIPTION)
    public Response checkOut(@Valid @NotNull CheckOutWithCodeDto body, @Context UriInfo uri) {
        return created(codes.checkOut(actor, new CheckOutWithCode(body.code())), uri);
    }

    @POST
    @Path("make-ups")
    @Operation(summary = "Record time as an administrator (MANAGE_ACTIVITIES or REGISTER_VOLUNTEERS at the unit)",
            description = "Source ADMIN_MAKE_UP, kept apart from self check-in. Longer than scheduledMinutes: 422 "
                    + "RECORD-MAKE-UP-CAPPED; overlapping another effective entry of the volunteer: 422 R-REC-1; with "
                    + "correctsId, an entry already corrected: 409 RECORD-ALREADY-CORRECTED. New time only for a "
                    + "volunteer whose home unit is the unit, below it or above it: another branch's 422 "
                    + "REFERENCE-OUTSIDE-SUBTREE.")
    @APIResponse(responseCode = "201", description = "The new entry",
            content = @Content(schema = @Schema(implementation = ServiceRecordDto.class)))
    public Response makeUp(@Valid @NotNull MakeUpDto body, @Context UriInfo uri) {
        return created(records.makeUp(actor, new MakeUp(new VolunteerId(Inputs.uuid(body.volunteerId(), "volunteerId")),
                Inputs.unitId(body.unitId(), "unitId"),
                Optional.ofNullable(Inputs.optionalUuid(body.activityId(), "activityId")), body.description(),
                body.where() == null ? "" : body.where(), ApiTime.toInstant(body.start()),
                ApiTime.toInstant(body.end()), body.scheduledMinutes(),
                Optional.ofNullable(body.correctsId()).filter(c -> !c.isBlank())
                        .map(c -> Inputs.id(c, "correctsId", ServiceRecordId::of)))), uri);
    }

    @POST
    @Path("{id}/corrections")
    @Operation(summary = "Correct an entry (MANAGE_ACTIVITIES or REGISTER_VOLUNTEERS at its unit)",
            description = "Appends an administrator entry of the same volunteer, unit and activity whose correctsId is "
                    + "the corrected entry; the corrected entry stays in the chain and credits nothing more. Same "
                    + "rules as make-ups; 409 RECORD-ALREADY-CORRECTED if the entry was corrected before.")
    @APIResponse(responseCode = "201", description = "The correcting entry",
            content = @Content(schema = @Schema(implementation = ServiceRecordDto.class)))
    public Response correct(@PathParam("id") String id, @Valid @NotNull CorrectionDto body, @Context UriInfo uri) {
        ServiceRecord old = records.get(actor, recordId(id));
        return created(records.makeUp(actor, new MakeUp(old.volunteer(), old.unit(), old.activity(),
                body.description() == null || body.description().isBlank() ? old.description() : body.description(),
                body.where() == null ? old.where() : body.where(), ApiTime.toInstant(body.start()),
                ApiTime.toInstant(body.end()), body.scheduledMinutes(), Optional.of(old.id()))), uri);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One entry (VIEW at its unit)", description = "The check-in location and the hashes only "
            + "for the staff who keep the unit's records; the volunteer sees their own location.")
    @APIResponse(responseCode = "200", description = "The entry",
            content = @Content(schema = @Schema(implementation = ServiceRecordDto.class)))
    public ServiceRecordDto get(@PathParam("id") String id) {
        return ServiceRecordDto.of(records.get(actor, recordId(id)), zone);
    }

    private Response created(ServiceRecord entry, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("v1/service-records").path(entry.id().toString()).build())
                .entity(ServiceRecordDto.of(entry, zone)).build();
    }

    private static ServiceRecordId recordId(String id) {
        return Inputs.id(id, "id", ServiceRecordId::of);
    }
}
