package org.civility.web.assessment;

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
import org.civility.core.assessment.AssessStation;
import org.civility.core.assessment.AssessmentId;
import org.civility.core.assessment.AssessmentService;
import org.civility.core.assessment.StationAssessment;
import org.civility.core.shared.PageRequest;
import org.civility.web.assessment.AssessmentDtos.AssessStationDto;
import org.civility.web.assessment.AssessmentDtos.AssessmentDto;
import org.civility.web.assessment.AssessmentDtos.FiguresDto;
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
 * The leadership group's assessments of stations (R-ASSESS-1). Assessing needs ASSESS_STATIONS above the station (at
 * its institute or center: administrators and the leadership group there); reading needs VIEW at the station.
 */
@Path("v1/assessments")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "assessments", description = "Stations assessed by the leadership group (领导小组考核, R-ASSESS-1)")
public class AssessmentResource {

    @Inject
    Actor actor;

    @Inject
    AssessmentService service;

    @Inject
    ZoneId zone;

    @GET
    @Path("figures")
    @Operation(summary = "A station's figures for whole months, as an assessment made now would store them (needs "
            + "ASSESS_STATIONS above the station)",
            description = "400 ASSESSMENT-NOT-A-STATION for another tier; 400 ASSESSMENT-PERIOD-INVALID for a "
                    + "period that is reversed, longer than 12 months or not yet over.")
    public FiguresDto figures(
            @Parameter(description = "Id of the station", required = true) @QueryParam("station") String station,
            @Parameter(description = "First month, e.g. 2026-01", required = true) @QueryParam("from") String from,
            @Parameter(description = "Last month, e.g. 2026-03", required = true) @QueryParam("to") String to) {
        return FiguresDto.of(service.figures(actor, Inputs.unitId(station, "station"),
                Inputs.yearMonth(from, "from"), Inputs.yearMonth(to, "to")));
    }

    @POST
    @Operation(summary = "Assess a station: its figures are counted now and stored with the rating and the rewards "
            + "or penalties decided (needs ASSESS_STATIONS above the station)")
    @APIResponse(responseCode = "201", description = "The assessment as stored",
            content = @Content(schema = @Schema(implementation = AssessmentDto.class)))
    public Response assess(@Valid @NotNull AssessStationDto body, @Context UriInfo uri) {
        StationAssessment made = service.assess(actor, new AssessStation(Inputs.unitId(body.station(), "station"),
                Inputs.yearMonth(body.from(), "from"), Inputs.yearMonth(body.to(), "to"), body.rating(),
                body.decision()));
        return Response.created(uri.getAbsolutePathBuilder().path(made.id().toString()).build())
                .tag(Versions.etag(made.version()))
                .entity(AssessmentDto.of(made, zone))
                .build();
    }

    @GET
    @Operation(summary = "A station's assessments, the latest period first (needs VIEW at the station)")
    public PageDto<AssessmentDto> list(
            @Parameter(description = "Id of the station", required = true) @QueryParam("station") String station,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        PageRequest page = Paging.of(offset, limit);
        return PageDto.of(service.ofStation(actor, Inputs.unitId(station, "station"), page),
                page.limit(), a -> AssessmentDto.of(a, zone));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One assessment with the figures it was made on (needs VIEW at the station)")
    @APIResponse(responseCode = "200", description = "The assessment",
            content = @Content(schema = @Schema(implementation = AssessmentDto.class)))
    public Response get(@PathParam("id") String id) {
        StationAssessment assessment = service.get(actor, new AssessmentId(Inputs.uuid(id, "id")));
        return Response.ok(AssessmentDto.of(assessment, zone)).tag(Versions.etag(assessment.version())).build();
    }
}
