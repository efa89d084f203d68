package org.civility.web.recognition;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.civility.web.recognition.RecognitionDtos.ScorecardDto;
import org.civility.web.support.Inputs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The leadership group's assessment scorecard of a station (DOMAIN §6). */
@Path("v1/units/{id}/scorecard")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "recognition", description = "Hours, star levels, points and the love supermarket (星级志愿者, 爱心超市)")
public class ScorecardResource {

    @Inject
    RecognitionReports reports;

    @GET
    @Operation(summary = "A station's assessment scorecard for a year: venues, teams, activities held, service "
            + "records (needs MANAGE_ACTIVITIES at the station)",
            description = "Anyone without the permission gets 403 ACCESS-DENIED; a unit that is no station 400 "
                    + "INVALID-INPUT; a missing or malformed year 400.")
    @APIResponse(responseCode = "200", description = "The scorecard",
            content = @Content(schema = @Schema(implementation = ScorecardDto.class)))
    public ScorecardDto scorecard(@PathParam("id") String id,
                                  @Parameter(description = "The calendar year", required = true, example = "2026")
                                  @QueryParam("year") String year) {
        return reports.scorecard(Inputs.unitId(id, "id"), Years.parse(year));
    }
}
