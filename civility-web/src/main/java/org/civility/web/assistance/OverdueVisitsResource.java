package org.civility.web.assistance;

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
import org.civility.core.assistance.AssistanceService;
import org.civility.core.assistance.AssistanceSettings;
import org.civility.web.assistance.AssistanceDtos.OverdueVisitsReportDto;
import org.civility.web.support.Inputs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;

/** R-HELP-1: the report of overdue visits for a unit and everything below it. */
@Path("v1/units/{id}/overdue-visits")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "care-pairings", description = "Care pairings of volunteers with recipients and their visits (结对关爱)")
public class OverdueVisitsResource {

    @Inject
    Actor actor;

    @Inject
    AssistanceService service;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "R-HELP-1: pairings at or below the unit whose next visit was past due on a date, most "
            + "overdue first; ids and categories only (needs MANAGE_CARE or VIEW_CARE_DETAILS at the unit)")
    public OverdueVisitsReportDto report(
            @PathParam("id") String id,
            @Parameter(description = "ISO date, default today", example = "2026-12-01") @QueryParam("asOf") String asOf) {
        return OverdueVisitsReportDto.of(service.overdueVisits(actor, Inputs.unitId(id, "id"), date(asOf)));
    }

    private LocalDate date(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return LocalDate.ofInstant(clock.instant(), AssistanceSettings.SERVICE_ZONE);
        }
        return Inputs.date(asOf, "asOf");
    }
}
