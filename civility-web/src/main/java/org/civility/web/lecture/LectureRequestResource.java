package org.civility.web.lecture;

import java.time.ZoneId;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civility.core.access.Actor;
import org.civility.core.lecture.FileLectureRequest;
import org.civility.core.lecture.LectureRequest;
import org.civility.core.lecture.StudyPlanService;
import org.civility.core.shared.PageRequest;
import org.civility.web.lecture.LectureDtos.FileRequestDto;
import org.civility.web.lecture.LectureDtos.LectureRequestDto;
import org.civility.web.support.Inputs;
import org.civility.web.support.PageDto;
import org.civility.web.support.Paging;
import org.civility.web.support.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Residents' lecture requests (点单) to a unit (R-LECT-4). */
@Path("v1/units/{id}/lecture-requests")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "study plans", description = "Yearly study plans and residents' lecture requests (R-LECT-4)")
public class LectureRequestResource {

    @Inject
    Actor actor;

    @Inject
    StudyPlanService service;

    @Inject
    ZoneId zone;

    @POST
    @Operation(summary = "A resident asks for a lecture topic (needs SIGN_UP at the unit)")
    @APIResponse(responseCode = "201", description = "Filed",
            content = @Content(schema = @Schema(implementation = LectureRequestDto.class)))
    public Response file(@PathParam("id") String id, @Valid @NotNull FileRequestDto body, @Context UriInfo uri) {
        LectureRequest request = service.fileRequest(actor,
                new FileLectureRequest(Inputs.unitId(id, "id"), body.topic(), body.reason()));
        return Response.created(uri.getAbsolutePathBuilder().path(request.id().toString()).build())
                .tag(Versions.etag(request.version()))
                .entity(LectureRequestDto.of(request, zone, true)).build();
    }

    @GET
    @Operation(summary = "The unit's lecture requests by filing time (needs VIEW)")
    public PageDto<LectureRequestDto> list(@PathParam("id") String id, @QueryParam("offset") Integer offset,
                                           @QueryParam("limit") Integer limit) {
        PageRequest page = Paging.of(offset, limit);
        return PageDto.of(service.listRequests(actor, Inputs.unitId(id, "id"), page), page.limit(),
                r -> LectureRequestDto.of(r, zone, service.showsFiler(actor, r)));
    }
}
