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
import org.civility.web.support.Inputs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.YearMonth;

/** A unit's month at a glance (the station dashboard). */
@Path("v1/units/{id}/dashboard")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "dashboards", description = "Read models for the start pages of staff: a unit's month, a subtree's overview")
public class DashboardResource {

    @Inject
    Actor actor;

    @Inject
    DashboardService service;

    @GET
    @Operation(summary = "A unit's month: activities held by practice form and theme, lecture compliance (R-LECT-1), "
            + "orders placed by status, overdue care visits (R-HELP-1, for care staff only), volunteer hours (needs VIEW)",
            description = "Counts the unit and every unit below it; months are calendar months in Asia/Shanghai. "
                    + "A malformed month answers 400 INVALID-INPUT, anyone without VIEW 403 ACCESS-DENIED.")
    public MonthDashboardDto month(@PathParam("id") String id,
                                   @Parameter(description = "The month, default the current one", example = "2026-11")
                                   @QueryParam("month") String month) {
        return MonthDashboardDto.of(service.month(actor, Inputs.unitId(id, "id"), month(month)));
    }

    private YearMonth month(String value) {
        return value == null || value.isBlank() ? service.currentMonth() : Inputs.yearMonth(value, "month");
    }
}
