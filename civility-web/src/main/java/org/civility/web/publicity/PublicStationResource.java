package org.civility.web.publicity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civility.core.organisation.UnitId;
import org.civility.core.publicity.PublicityService;
import org.civility.web.publicity.PublicityDtos.PublicStationPageDto;
import org.civility.web.support.Inputs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.ZoneId;

/**
 * A station's public page, for anyone, signed in or not: it never injects the current actor, and core's
 * {@link PublicityService} decides what is public (ADR 0036). A portal's authentication lets {@link #PATH} through
 * (the sample portal's {@code BasicAuthentication} does). The answer may be kept by shared caches for
 * {@link PublicPages#maxAgeSeconds()}.
 */
@Path(PublicStationResource.PATH)
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "publicity", description = "Public pages of stations, no sign-in (宣传, 晒单)")
public class PublicStationResource {

    /** Relative to the API's base path ({@code /api/}); public. */
    public static final String PATH = "v1/public/stations";

    @Inject
    PublicityService service;

    @Inject
    PublicPages pages;

    @Inject
    ZoneId zone;

    @GET
    @Path("{unitId}")
    @SecurityRequirementsSet
    @Operation(summary = "A station's public page: coming activities, showcased orders and the year's commendation "
            + "(public, no sign-in)",
            description = "The station's and its points' and bases' planned activities not yet ended (at most 20), "
                    + "its showcased orders (晒单, at most 20) without the resident, and the commendation of the "
                    + "current year naming only volunteers who consented. Cacheable by anyone for a minute. A unit "
                    + "that is not a station, or an unknown one, answers 404 NOT-FOUND; a malformed id 400.")
    @APIResponse(responseCode = "200", description = "The station's public page",
            content = @Content(schema = @Schema(implementation = PublicStationPageDto.class)))
    @APIResponse(responseCode = "404", description = "No station has this id")
    public Response station(@Parameter(description = "The station's id") @PathParam("unitId") String unitId) {
        UnitId station = Inputs.unitId(unitId, "unitId");
        PublicStationPageDto page = pages.get(station, () -> PublicStationPageDto.of(service.stationPage(station), zone));
        return Response.ok(page).header("Cache-Control", "public, max-age=" + pages.maxAgeSeconds()).build();
    }
}
