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
import org.civility.web.recognition.RecognitionDtos.CommendationDto;
import org.civility.web.support.Inputs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** R-RECG-1: the yearly commendation list of a unit and the units below it. */
@Path("v1/units/{id}/commendations")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "recognition", description = "Hours, star levels, points and the love supermarket (星级志愿者, 爱心超市)")
public class CommendationResource {

    @Inject
    RecognitionReports reports;

    @GET
    @Operation(summary = "R-RECG-1: outstanding volunteers and teams of a year, ranked per unit by hours then "
            + "ratings within each unit's quota (needs MANAGE_ACTIVITIES at the unit)",
            description = "Hours are the credited minutes of the year; ratings the average stars of the orders a "
                    + "volunteer served; quotas the settings recognition.commendation-volunteers and "
                    + "recognition.commendation-teams of each unit. A volunteer is named only if they consented to "
                    + "public naming (PUT /volunteers/{id}/recognition/naming-consent). Anyone without the permission "
                    + "gets 403 ACCESS-DENIED; a missing or malformed year 400.")
    @APIResponse(responseCode = "200", description = "The commendation list",
            content = @Content(schema = @Schema(implementation = CommendationDto.class)))
    public CommendationDto commendation(@PathParam("id") String id,
                                        @Parameter(description = "The calendar year", required = true, example = "2026")
                                        @QueryParam("year") String year) {
        return reports.commendation(Inputs.unitId(id, "id"), Years.parse(year));
    }
}
