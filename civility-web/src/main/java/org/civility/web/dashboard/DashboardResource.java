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
import org.civility.web.dashboard.DashboardDtos.MonthDashboardDto;
import org.civility.web.dashboard.DashboardDtos.OverviewDto;
import org.civility.web.support.Inputs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.YearMonth;
import java.time.ZoneId;

/** The dashboards of a unit: its month, and the overview of its subtree. */
@Path("v1/units/{id}")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "dashboards", description = "Read models for the start pages of staff: a unit's month, a subtree's overview")
public class DashboardResource {

    @Inject
    Actor actor;

    @Inject
    DashboardService service;

    @Inject
    ZoneId zone;

    @GET
    @Path("dashboard")
    @Operation(summary = "A unit's month: activities held by practice form and theme, lecture compliance (R-LECT-1), "
            + "orders placed by status, overdue care visits (R-HELP-1, for care staff only), volunteer hours (needs VIEW)",
            description = "Counts the unit and every unit below it; months are calendar months in Asia/Shanghai. "
                    + "A malformed month answers 400 INVALID-INPUT, anyone without VIEW 403 ACCESS-DENIED.")
    public MonthDashboardDto month(@PathParam("id") String id,
                                   @Parameter(description = "The month, default the current one", example = "2026-11")
                                   @QueryParam("month") String month) {
        return MonthDashboardDto.of(service.month(actor, Inputs.unitId(id, "id"), month(month)));
    }

    @GET
    @Path("overview")
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
