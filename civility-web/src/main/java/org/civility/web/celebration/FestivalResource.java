package org.civility.web.celebration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.civility.core.access.Actor;
import org.civility.core.celebration.CelebrationService;
import org.civility.web.celebration.CelebrationDtos.FestivalDto;
import org.civility.web.celebration.CelebrationDtos.FestivalsDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Our festivals" (我们的节日) of a year, computed from the Chinese calendar; open to any signed-in actor. */
@Path("v1/festivals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "festivals", description = "Traditional festivals computed for 1900–2100 (我们的节日)")
public class FestivalResource {

    @Inject
    Actor actor;

    @Inject
    CelebrationService service;

    @GET
    @Operation(summary = "The seven festivals of a year in date order (400 CELEBRATION-YEAR-INVALID outside 1900–2100)")
    public FestivalsDto festivals(
            @Parameter(description = "Gregorian year, 1900–2100", required = true) @QueryParam("year") String year) {
        int y = Years.parse(year);
        return new FestivalsDto(y, service.festivals(actor, y).stream().map(FestivalDto::of).toList());
    }
}
