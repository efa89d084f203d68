package org.civility.web.publicity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.ServletContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civility.core.organisation.UnitId;
import org.civility.core.publicity.PublicityService;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;
import org.civility.web.publicity.PublicityDtos.PublicStationPageDto;
import org.civility.web.record.CheckInQrCodes;
import org.civility.web.support.Inputs;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.ZoneId;
import java.util.Optional;

/**
 * A station's public page, for anyone, signed in or not: it never injects the current actor, and core's
 * {@link PublicityService} decides what is public (ADR 0036). A portal's authentication lets {@link #PATH} through
 * (the sample portal's {@code BasicAuthentication} does). The answer may be kept by shared caches for
 * {@link PublicPages#maxAgeSeconds()}. The page carries its own address ({@code link}: the portal's root, or
 * {@code civility.portal.url}, and the UI's route {@code #/public-station?id=…}), which {@code …/qr} encodes.
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

    @Inject
    @ConfigProperty(name = "civility.portal.url")
    Optional<String> portalUrl;

    @Context
    ServletContext servletContext;

    @GET
    @Path("{unitId}")
    @SecurityRequirementsSet
    @Operation(summary = "A station's public page: coming activities, showcased orders and the year's commendation "
            + "(public, no sign-in)",
            description = "The station's and its points' and bases' planned activities not yet ended (at most 20), "
                    + "its showcased orders (晒单, at most 20) without the resident, and the commendation of the "
                    + "current year naming only volunteers who consented. Cacheable for a minute (by shared caches "
                    + "only where civility.portal.url is set, which the link is then made of). A unit "
                    + "that is not a station, or an unknown one, answers 404 NOT-FOUND; a malformed id 400.")
    @APIResponse(responseCode = "200", description = "The station's public page",
            content = @Content(schema = @Schema(implementation = PublicStationPageDto.class)))
    @APIResponse(responseCode = "404", description = "No station has this id")
    public Response station(@Parameter(description = "The station's id") @PathParam("unitId") String unitId,
                            @Context UriInfo uri) {
        UnitId station = Inputs.unitId(unitId, "unitId");
        PublicStationPageDto page = page(station).linkedAt(link(station, uri));
        return Response.ok(page).header("Cache-Control", cacheControl()).build();
    }

    @GET
    @Path("{unitId}/qr")
    @Produces("image/png")
    @SecurityRequirementsSet
    @Operation(summary = "The link to a station's public page as a QR code (PNG; public, no sign-in)",
            description = "Encodes <civility.portal.url>/#/public-station?id=<unitId> (the web application's root "
                    + "without the setting), black on white, error correction M, to print or to show in a WeChat "
                    + "group. A unit that is not a station answers 404 NOT-FOUND; a size outside 100 to 1000 400.")
    @APIResponse(responseCode = "200", description = "The QR code", content = @Content(mediaType = "image/png"))
    @APIResponse(responseCode = "404", description = "No station has this id")
    public Response qr(@Parameter(description = "The station's id") @PathParam("unitId") String unitId,
                       @Parameter(description = "Width and height in pixels, 100 to 1000 (300 by default)")
                       @QueryParam("size") Integer size, @Context UriInfo uri) {
        int pixels = size == null ? CheckInQrCodes.DEFAULT_SIZE : size;
        if (pixels < CheckInQrCodes.MIN_SIZE || pixels > CheckInQrCodes.MAX_SIZE) {
            throw CivilityException.of(SharedError.INVALID_INPUT, "field", "size", "reason",
                    "between " + CheckInQrCodes.MIN_SIZE + " and " + CheckInQrCodes.MAX_SIZE);
        }
        UnitId station = Inputs.unitId(unitId, "unitId");
        page(station);
        return Response.ok(CheckInQrCodes.png(link(station, uri), pixels), "image/png")
                .header("Cache-Control", cacheControl()).build();
    }

    /**
     * Shared caches may keep the answer only when its link comes from the setting: a link made from the request's Host
     * would let a forged Host put a page or QR code pointing elsewhere into a shared cache.
     */
    private String cacheControl() {
        boolean configured = portalUrl.filter(u -> !u.isBlank()).isPresent();
        return (configured ? "public" : "private") + ", max-age=" + pages.maxAgeSeconds();
    }

    /** The station's page, kept or computed; NOT-FOUND unless it is a station. */
    private PublicStationPageDto page(UnitId station) {
        return pages.get(station, () -> PublicStationPageDto.of(service.stationPage(station), zone));
    }

    /** The address of the station's page in the UI: the portal's root (or the setting) and the page's route. */
    private String link(UnitId station, UriInfo uri) {
        String base = portalUrl.filter(u -> !u.isBlank()).orElseGet(() -> {
            String context = servletContext == null ? "" : servletContext.getContextPath();
            return uri.getBaseUriBuilder().replacePath(context + "/").build().toString();
        });
        return (base.endsWith("/") ? base : base + "/") + "#/public-station?id=" + station;
    }
}
