package org.civility.web.lecture;

import java.time.ZoneId;
import java.util.List;

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
import org.civility.core.lecture.DrawUpStudyPlan;
import org.civility.core.lecture.LectureRequestId;
import org.civility.core.lecture.StudyPlan;
import org.civility.core.lecture.StudyPlanService;
import org.civility.web.lecture.LectureDtos.DrawUpDto;
import org.civility.web.lecture.LectureDtos.StudyPlanDto;
import org.civility.web.support.Inputs;
import org.civility.web.support.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** R-LECT-4: a unit's yearly study plan, drawn up from its parent's plan and residents' requests. */
@Path("v1/units/{id}/study-plans")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "study plans", description = "Yearly study plans and residents' lecture requests (R-LECT-4)")
public class StudyPlanResource {

    @Inject
    Actor actor;

    @Inject
    StudyPlanService service;

    @Inject
    ZoneId zone;

    @POST
    @Path("{year}")
    @Operation(summary = "Draw up the unit's plan for a year (needs MANAGE_LECTURES)",
            description = "Copies the parent unit's plan of the year (items marked inherited), takes the selected open "
                    + "requests of the unit and adds local items. A second plan answers 409 LECTURE-PLAN-EXISTS.")
    @APIResponse(responseCode = "201", description = "Drawn up",
            content = @Content(schema = @Schema(implementation = StudyPlanDto.class)))
    public Response drawUp(@PathParam("id") String id, @PathParam("year") int year, @Valid @NotNull DrawUpDto body,
                           @Context UriInfo uri) {
        StudyPlan plan = service.drawUp(actor, new DrawUpStudyPlan(Inputs.unitId(id, "id"), year,
                body.requests() == null ? List.of() : body.requests().stream()
                        .map(s -> new DrawUpStudyPlan.Selection(
                                new LectureRequestId(Inputs.requiredUuid(s.requestId(), "requestId")), s.month()))
                        .toList(),
                body.localItems() == null ? List.of() : body.localItems().stream()
                        .map(l -> new StudyPlan.LocalItem(l.month(), l.topic())).toList()));
        return Response.created(uri.getAbsolutePath()).tag(Versions.etag(plan.version()))
                .entity(StudyPlanDto.of(plan, zone)).build();
    }

    @GET
    @Path("{year}")
    @Operation(summary = "The unit's plan for a year (needs VIEW)")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(schema = @Schema(implementation = StudyPlanDto.class)))
    public Response get(@PathParam("id") String id, @PathParam("year") int year) {
        StudyPlan plan = service.get(actor, Inputs.unitId(id, "id"), year);
        return Response.ok(StudyPlanDto.of(plan, zone)).tag(Versions.etag(plan.version())).build();
    }
}
