package org.civility.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.civility.core.access.Actor;
import org.civility.core.dashboard.DashboardService;
import org.civility.web.dashboard.DashboardDtos.OverviewDto;
import org.civility.web.support.Inputs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.YearMonth;
import java.time.ZoneId;

/** The overview of an institute's or center's subtree: stations, escalated orders. */
@Path("v1/units/{id}/overview")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "dashboards", description = "Read models for the start pages of staff: a unit's month, a subtree's overview")
public class OverviewResource {

    @Inject
    Actor actor;

    @Inject
    DashboardService service;

    @Inject
    ZoneId zone;

    @GET
    @Operation(summary = "A subtree at a glance: every station's lectures (R-LECT-1), activities and hours in the month, "
            + "and the unaccepted orders escalated out of the unit where they were placed (R-ORD-2) (needs VIEW)",
            description = "Escalated orders are current, whatever the month; they carry no requester or recipient.")
    public OverviewDto overview(@PathParam("id") String id,
                                @Parameter(description = "The month, default the current one", example = "2026-11")
                                @QueryParam("month") String month) {
        return OverviewDto.of(service.overview(actor, Inputs.unitId(id, "id"), month(month)), zone);
    }

    private YearMonth month(String value) {
        return value == null || value.isBlank() ? service.currentMonth() : Inputs.yearMonth(value, "month");
    }
}
