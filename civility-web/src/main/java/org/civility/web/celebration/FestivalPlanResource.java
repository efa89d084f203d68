package org.civility.web.celebration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.civility.core.access.Actor;
import org.civility.core.celebration.CelebrationService;
import org.civility.core.celebration.FestivalActivities;
import org.civility.core.organisation.UnitId;
import org.civility.web.celebration.CelebrationDtos.FestivalPlanDto;
import org.civility.web.celebration.CelebrationDtos.PlannedActivityDto;
import org.civility.web.activity.ActivityDtos.ActivityDto;
import org.civility.web.support.Inputs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.ZoneId;
import java.util.List;

/** A unit's "our festivals" activities for a year: suggested, or planned as activities. */
@Path("v1/units/{id}/festival-plan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "festivals", description = "Traditional festivals computed for 1900–2100 (我们的节日)")
public class FestivalPlanResource {

    @Inject
    Actor actor;

    @Inject
    CelebrationService service;

    @Inject
    FestivalActivities festivalActivities;

    @Inject
    ZoneId zone;

    @GET
    @Operation(summary = "One suggested celebration (庆) per festival of the year, themed culture and morality (needs VIEW)")
    public FestivalPlanDto plan(@PathParam("id") String id,
                                @Parameter(description = "Gregorian year, 1900–2100", required = true)
                                @QueryParam("year") String year) {
        UnitId unit = Inputs.unitId(id, "id");
        int y = Years.parse(year);
        return new FestivalPlanDto(unit.toString(), y,
                service.plan(actor, unit, y).stream().map(PlannedActivityDto::of).toList());
    }

    @POST
    @Path("activities")
    @Transactional
    @Operation(summary = "Plan the year's festival activities still ahead as celebration (庆) activities; "
            + "festivals already planned are skipped, so repeating it is safe (needs MANAGE_ACTIVITIES)")
    public List<ActivityDto> planActivities(@PathParam("id") String id,
                                            @Parameter(description = "Gregorian year, 1900–2100", required = true)
                                            @QueryParam("year") String year) {
        return festivalActivities.planYear(actor, Inputs.unitId(id, "id"), Years.parse(year)).stream()
                .map(a -> ActivityDto.of(a, zone)).toList();
    }
}
