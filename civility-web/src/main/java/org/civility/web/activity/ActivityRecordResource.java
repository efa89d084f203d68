package org.civility.web.activity;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.civility.core.access.Actor;
import org.civility.core.activity.ActivityId;
import org.civility.core.activity.ActivityRecord;
import org.civility.core.activity.ActivityRecordService;
import org.civility.core.activity.AddRecordPhoto;
import org.civility.core.activity.KeepActivityRecord;
import org.civility.core.activity.PhotoId;
import org.civility.core.activity.RecordPhoto;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;
import org.civility.web.activity.ActivityRecordDtos.ActivityRecordDto;
import org.civility.web.activity.ActivityRecordDtos.KeepRecordDto;
import org.civility.web.support.Downloads;
import org.civility.web.support.Inputs;
import org.civility.web.support.Versions;
import org.civility.web.volunteer.PersonalData;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The record (台账) a held activity keeps (R-ACT-1): summary and names signed in by hand ({@code PUT}), photos
 * ({@code POST …/photos}, the body is the picture's bytes), read back with {@code GET}. Changes need
 * MANAGE_ACTIVITIES at the activity's unit, accept {@code If-Match} (the record's version, {@code "0"} before it was
 * first kept) and answer the record with its new {@code ETag}; reads need VIEW, and show who attended by name only to
 * those who manage the unit's activities.
 */
@Path("v1/activities/{id}/record")
@RequestScoped
@Transactional
@PersonalData
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "activity-records", description = "Records (台账) of held activities: attendance, photos, summary (R-ACT-1)")
public class ActivityRecordResource {

    @Inject
    Actor actor;

    @Inject
    ActivityRecordService service;

    @Inject
    ZoneId zone;

    @GET
    @Operation(summary = "The record of a held activity (needs VIEW at its unit); ETag is its version",
            description = "An activity without a record yet answers 404 NOT-FOUND. Who attended by name (checkedIn, "
                    + "namesAddedByHand) only for callers with MANAGE_ACTIVITIES there; the counts for everyone.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(schema = @Schema(implementation = ActivityRecordDto.class)))
    public Response get(@PathParam("id") String id) {
        return withEtag(service.get(actor, activityId(id)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Keep the record of a held activity: its summary and the names signed in by hand "
            + "(needs MANAGE_ACTIVITIES at its unit)",
            description = "Replaces the summary (1-2000 characters) and the names (each 1-50 characters, at most 500); "
                    + "the volunteers who checked in are read again from the service records. A planned or cancelled "
                    + "activity answers 422 ACTIVITY-RECORD-NOT-HELD; a blank summary 400 "
                    + "ACTIVITY-RECORD-SUMMARY-INVALID; a bad name 400 ACTIVITY-RECORD-NAME-INVALID; a stale If-Match "
                    + "409 STALE-VERSION.")
    @APIResponse(responseCode = "200", description = "The record as kept",
            content = @Content(schema = @Schema(implementation = ActivityRecordDto.class)))
    public Response keep(@PathParam("id") String id, @Valid @NotNull KeepRecordDto body,
                         @Parameter(description = "The record's version read (ETag); \"0\" to create it only if none "
                                 + "exists") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ActivityId activity = activityId(id);
        return withEtag(service.keep(actor, new KeepActivityRecord(activity, body.summary(),
                body.names() == null ? List.of() : body.names()), Inputs.expectedVersion(ifMatch)));
    }

    @POST
    @Path("photos")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Add a photo to the record of a held activity: the body is the picture's bytes "
            + "(needs MANAGE_ACTIVITIES at its unit)",
            description = "JPEG, PNG, GIF or WebP, known by the file's first bytes: anything else, or a picture sent "
                    + "as another image type than it is, answers 422 ACTIVITY-RECORD-PHOTO-TYPE (Content-Type "
                    + "application/octet-stream lets the bytes alone decide). Size and count limits are settings "
                    + "(activity.record.max-photo-mb 10, activity.record.max-photos 30): 422 "
                    + "ACTIVITY-RECORD-PHOTO-TOO-LARGE names the limit, 422 ACTIVITY-RECORD-PHOTO-LIMIT the count. "
                    + "Checked before the photo is stored. Content-Length is required. Location is the photo.")
    @RequestBody(content = @Content(mediaType = "image/*", schema = @Schema(type = SchemaType.STRING,
            format = "binary")))
    @APIResponse(responseCode = "201", description = "The record with the photo",
            content = @Content(schema = @Schema(implementation = ActivityRecordDto.class)))
    public Response addPhoto(@PathParam("id") String id,
                             @Parameter(description = "File name (default: the photo's id and its type's extension)")
                             @QueryParam("name") String name,
                             @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                             @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
                             @Parameter(description = "The record's version read (ETag)")
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             InputStream content, @Context UriInfo uri) {
        if (length == null || length < 0) {
            throw CivilityException.of(SharedError.REQUIRED, "field", "Content-Length");
        }
        ActivityRecord stored = service.addPhoto(actor, new AddRecordPhoto(activityId(id), Optional.ofNullable(name),
                Optional.ofNullable(contentType), length), content, Inputs.expectedVersion(ifMatch));
        RecordPhoto photo = stored.photos().getLast();
        return Response.created(uri.getAbsolutePathBuilder().path(photo.id().toString()).build())
                .tag(Versions.etag(stored.version()))
                .entity(ActivityRecordDto.of(stored, service.showsNames(actor, stored), zone))
                .build();
    }

    @GET
    @Path("photos/{photoId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A photo of the record (needs VIEW at the activity's unit)")
    @APIResponse(responseCode = "200", description = "The picture",
            content = @Content(mediaType = "image/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response photo(@PathParam("id") String id, @PathParam("photoId") String photoId) {
        ActivityRecordService.PhotoContent file = service.openPhoto(actor, activityId(id), photoId(photoId));
        RecordPhoto p = file.photo();
        return Response.ok((StreamingOutput) out -> {
                    try (InputStream in = file.content()) {
                        in.transferTo(out);
                    }
                }, p.type().mediaType())
                .header(HttpHeaders.CONTENT_LENGTH, p.size())
                .header("Content-Disposition", Downloads.attachment(null, p.name()))
                .build();
    }

    @DELETE
    @Path("photos/{photoId}")
    @Operation(summary = "Remove a photo from the record (needs MANAGE_ACTIVITIES at the activity's unit)",
            description = "Its bytes are deleted from the storage. A stale If-Match answers 409 STALE-VERSION.")
    @APIResponse(responseCode = "200", description = "The record without the photo",
            content = @Content(schema = @Schema(implementation = ActivityRecordDto.class)))
    public Response removePhoto(@PathParam("id") String id, @PathParam("photoId") String photoId,
                                @Parameter(description = "The record's version read (ETag)")
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(service.removePhoto(actor, activityId(id), photoId(photoId), Inputs.expectedVersion(ifMatch)));
    }

    private Response withEtag(ActivityRecord record) {
        return Response.ok(ActivityRecordDto.of(record, service.showsNames(actor, record), zone))
                .tag(Versions.etag(record.version())).build();
    }

    private static ActivityId activityId(String value) {
        return new ActivityId(Inputs.requiredUuid(value, "id"));
    }

    private static PhotoId photoId(String value) {
        return new PhotoId(Inputs.requiredUuid(value, "photoId"));
    }
}
