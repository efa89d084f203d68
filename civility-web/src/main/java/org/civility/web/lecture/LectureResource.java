package org.civility.web.lecture;

import java.io.InputStream;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civility.core.access.Actor;
import org.civility.core.lecture.ArchiveMaterial;
import org.civility.core.lecture.Lecture;
import org.civility.core.lecture.LectureId;
import org.civility.core.lecture.LectureMaterial;
import org.civility.core.lecture.LectureService;
import org.civility.core.lecture.MaterialId;
import org.civility.core.lecture.MaterialKind;
import org.civility.core.lecture.RecordLectureGiven;
import org.civility.core.lecture.ReviewLecture;
import org.civility.core.lecture.ScheduleLecture;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.volunteer.VolunteerId;
import org.civility.web.lecture.LectureDtos.LectureDto;
import org.civility.web.lecture.LectureDtos.MaterialDto;
import org.civility.web.lecture.LectureDtos.RecordGivenDto;
import org.civility.web.lecture.LectureDtos.ReviewDto;
import org.civility.web.lecture.LectureDtos.ScheduleLectureDto;
import org.civility.web.support.ApiTime;
import org.civility.web.support.Downloads;
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
 * Lectures (讲): scheduling with a qualified speaker (R-LECT-2: 422 otherwise), 备课 → 授课 → 评课
 * (an illegal step is 422 LECTURE-STATE), and materials archived by topic (R-LECT-3). Commands on a
 * lecture accept {@code If-Match} and answer the lecture with its new {@code ETag}.
 */
@Path("v1/lectures")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "lectures", description = "Lectures (讲): prepare, give, review; materials archive (R-LECT-2, R-LECT-3)")
public class LectureResource {

    @Inject
    Actor actor;

    @Inject
    LectureService service;

    @Inject
    ZoneId zone;

    @POST
    @Operation(summary = "Schedule a prepared lecture (备课); needs MANAGE_LECTURES, or GIVE_LECTURES as the speaker",
            description = "A speaker who is neither a lecturer of the unit (or above) nor a member of its expert or "
                    + "grassroots-speaker team answers 422 R-LECT-2.")
    @APIResponse(responseCode = "201", description = "Scheduled",
            content = @Content(schema = @Schema(implementation = LectureDto.class)))
    public Response schedule(@Valid @NotNull ScheduleLectureDto body, @Context UriInfo uri) {
        Lecture lecture = service.schedule(actor, new ScheduleLecture(Inputs.unitId(body.unit(), "unit"), body.topic(),
                body.themes() == null ? Set.of() : body.themes(), ApiTime.toInstant(body.start()),
                ApiTime.toInstant(body.end()),
                new VolunteerId(Inputs.requiredUuid(body.speakerVolunteerId(), "speakerVolunteerId")),
                body.speakerName(), body.preparationNotes()));
        return Response.created(uri.getAbsolutePathBuilder().path(lecture.id().toString()).build())
                .tag(Versions.etag(lecture.version()))
                .entity(LectureDto.of(lecture, zone))
                .build();
    }

    @GET
    @Operation(summary = "The lectures of exactly the given unit, by start (needs VIEW there)")
    public PageDto<LectureDto> list(
            @Parameter(description = "Id of the unit", required = true) @QueryParam("unit") String unit,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        PageRequest page = Paging.of(offset, limit);
        return PageDto.of(service.listByUnit(actor, Inputs.unitId(required(unit, "unit"), "unit"), page),
                page.limit(), l -> LectureDto.of(l, zone));
    }

    @GET
    @Path("archive")
    @Operation(summary = "The material archive of a unit, filed by topic (R-LECT-3; needs VIEW there)")
    public PageDto<MaterialDto> archive(
            @Parameter(description = "Id of the unit", required = true) @QueryParam("unit") String unit,
            @Parameter(description = "Only this topic") @QueryParam("topic") String topic,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        PageRequest page = Paging.of(offset, limit);
        return PageDto.of(service.archive(actor, Inputs.unitId(required(unit, "unit"), "unit"),
                Optional.ofNullable(topic), page), page.limit(), a -> MaterialDto.of(a, zone));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One lecture with its materials (needs VIEW at its unit); ETag is the version")
    @APIResponse(responseCode = "200", description = "The lecture",
            content = @Content(schema = @Schema(implementation = LectureDto.class)))
    public Response get(@PathParam("id") String id) {
        return withEtag(service.get(actor, lectureId(id)));
    }

    @POST
    @Path("{id}/given")
    @Operation(summary = "授课: record that the lecture was given (MANAGE_LECTURES, or the speaker)",
            description = "Only a PREPARED lecture; otherwise 422 LECTURE-STATE.")
    public Response given(@PathParam("id") String id, @Valid @NotNull RecordGivenDto body,
                          @Parameter(description = "The version read (ETag)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(service.recordGiven(actor, new RecordLectureGiven(lectureId(id),
                Optional.ofNullable(body.at()).map(ApiTime::toInstant), body.attendance()),
                Inputs.expectedVersion(ifMatch)));
    }

    @POST
    @Path("{id}/review")
    @Operation(summary = "评课: review a given lecture with a score 1..5 (MANAGE_LECTURES or GIVE_LECTURES)",
            description = "Only a GIVEN lecture; otherwise 422 LECTURE-STATE.")
    public Response review(@PathParam("id") String id, @Valid @NotNull ReviewDto body,
                           @Parameter(description = "The version read (ETag)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(service.review(actor, new ReviewLecture(lectureId(id), body.text(), body.score()),
                Inputs.expectedVersion(ifMatch)));
    }

    @POST
    @Path("{id}/materials")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Archive a material of the lecture (R-LECT-3): the body is the file's bytes",
            description = "Size limits per kind are settings (lecture.max-document-mb 20, picture 20, audio 100, "
                    + "video 200): 422 LECTURE-MATERIAL-TOO-LARGE names the limit; a content type that does not fit "
                    + "the kind 422 LECTURE-MATERIAL-TYPE; a name that is blank, over 200 characters or holds control characters or "
                    + "slashes 400 LECTURE-MATERIAL-NAME. Name, kind, type and size are checked before a byte is "
                    + "stored. Content-Length is required.")
    @APIResponse(responseCode = "201", description = "The material's metadata",
            content = @Content(schema = @Schema(implementation = MaterialDto.class)))
    public Response upload(@PathParam("id") String id,
                           @Parameter(description = "File name", required = true) @QueryParam("name") String name,
                           @Parameter(description = "DOCUMENT, PICTURE, AUDIO or VIDEO", required = true)
                           @QueryParam("kind") String kind,
                           @Parameter(description = "Archive topic (default: the lecture's topic)") @QueryParam("topic") String topic,
                           @Parameter(description = "The material's media type, e.g. video/mp4", required = true)
                           @QueryParam("contentType") String contentType,
                           @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
                           InputStream content, @Context UriInfo uri) {
        if (length == null || length < 0) {
            throw CivilityException.of(SharedError.REQUIRED, "field", "Content-Length");
        }
        LectureId lecture = lectureId(id);
        Lecture stored = service.archiveMaterial(actor, new ArchiveMaterial(lecture, required(name, "name"),
                Inputs.constant(MaterialKind.class, kind, "kind"), required(contentType, "contentType"), length,
                Optional.ofNullable(topic)), content);
        LectureMaterial material = stored.materials().getLast();
        return Response.created(uri.getAbsolutePathBuilder().path(material.id().toString()).build())
                .entity(MaterialDto.of(stored.id().toString(), material, zone))
                .build();
    }

    @GET
    @Path("{id}/materials/{materialId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a material (needs VIEW at the lecture's unit)")
    public Response download(@PathParam("id") String id, @PathParam("materialId") String materialId) {
        LectureService.MaterialContent file = service.openMaterial(actor, lectureId(id),
                new MaterialId(Inputs.requiredUuid(materialId, "materialId")));
        LectureMaterial m = file.material();
        return Response.ok((jakarta.ws.rs.core.StreamingOutput) out -> {
                    try (InputStream in = file.content()) {
                        in.transferTo(out);
                    }
                }, m.contentType())
                .header(HttpHeaders.CONTENT_LENGTH, m.size())
                .header("Content-Disposition", Downloads.attachment(null, m.name()))
                .build();
    }

    private Response withEtag(Lecture lecture) {
        return Response.ok(LectureDto.of(lecture, zone)).tag(Versions.etag(lecture.version())).build();
    }

    private static LectureId lectureId(String value) {
        return new LectureId(Inputs.requiredUuid(value, "id"));
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw CivilityException.of(SharedError.REQUIRED, "field", field);
        }
        return value;
    }
}
