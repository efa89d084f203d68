package org.civility.web.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.civility.core.access.Actor;
import org.civility.core.record.CheckInCode;
import org.civility.core.record.CheckInCodeId;
import org.civility.core.record.CheckInCodeService;
import org.civility.core.record.OpenCheckInCode;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;
import org.civility.web.record.RecordDtos.CheckInCodeDto;
import org.civility.web.record.RecordDtos.OpenCheckInCodeDto;
import org.civility.web.support.ApiTime;
import org.civility.web.support.Inputs;
import org.civility.web.support.Versions;
import org.civility.web.volunteer.PersonalData;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Check-in codes (签到码): MANAGE_ACTIVITIES opens a code for an activity at a unit and shows its digits or its QR
 * code on site; volunteers check in and out with it at {@code /api/v1/service-records/check-ins} and
 * {@code /check-outs}. The QR code encodes {@code <civility.portal.url>/checkin?token=<link token>}, a random token
 * that cannot be guessed like the six digits, which are for typing only; without that setting the link starts with
 * the web application's root as the request reached it, where {@link CheckInLinkServlet} answers.
 */
@Path("v1/check-in-codes")
@RequestScoped
@Transactional
@PersonalData
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "check-in-codes", description = "Check-in codes (签到码) volunteers check in and out with, as digits or QR code")
public class CheckInCodeResource {

    @Inject
    Actor actor;

    @Inject
    CheckInCodeService service;

    @Inject
    ZoneId zone;

    @Context
    ServletContext servletContext;

    @Inject
    @ConfigProperty(name = "civility.portal.url")
    Optional<String> portalUrl;

    @POST
    @Operation(summary = "Open a check-in code for an activity at a unit (needs MANAGE_ACTIVITIES there)",
            description = "Six random digits, unique among open codes, to be typed, and a random link token of 192 "
                    + "bits for the QR code's link (checkInLink). Check-ins are taken from the unit's setting "
                    + "record.check-in-opens-minutes-before (30) before the start to the scheduled end, check-outs "
                    + "until record.check-out-grace-minutes (30) after it. A schedule that is not positive, longer "
                    + "than 24 hours or already over answers 400 RECORD-ENTRY-INVALID; 409 RECORD-CODE-TAKEN asks to "
                    + "try again.")
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(schema = @Schema(implementation = CheckInCodeDto.class)))
    public Response open(@Valid @NotNull OpenCheckInCodeDto body, @Context UriInfo uri) {
        CheckInCode code = service.open(actor, new OpenCheckInCode(Inputs.unitId(body.unitId(), "unitId"),
                Optional.ofNullable(Inputs.optionalUuid(body.activityId(), "activityId")), body.description(),
                body.where() == null ? "" : body.where(), ApiTime.toInstant(body.scheduledStart()),
                ApiTime.toInstant(body.scheduledEnd())));
        return Response.created(uri.getAbsolutePathBuilder().path(code.id().toString()).build())
                .tag(Versions.etag(code.version()))
                .entity(CheckInCodeDto.of(code, link(code, uri), List.of(), zone))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One check-in code with its digits, link (with the link token) and who checked in (needs "
            + "MANAGE_ACTIVITIES)")
    @APIResponse(responseCode = "200", description = "The code",
            content = @Content(schema = @Schema(implementation = CheckInCodeDto.class)))
    public Response get(@PathParam("id") String id, @Context UriInfo uri) {
        CheckInCodeId codeId = codeId(id);
        CheckInCode code = service.get(actor, codeId);
        return Response.ok(CheckInCodeDto.of(code, link(code, uri), service.checkIns(actor, codeId), zone))
                .tag(Versions.etag(code.version())).build();
    }

    @GET
    @Path("{id}/qr")
    @Produces("image/png")
    @Operation(summary = "The code's check-in link as a QR code (PNG; needs MANAGE_ACTIVITIES)",
            description = "Encodes <civility.portal.url>/checkin?token=<link token> (the web application's root "
                    + "without the setting), black on white, error correction M.")
    @APIResponse(responseCode = "200", description = "The QR code", content = @Content(mediaType = "image/png"))
    public Response qr(@PathParam("id") String id,
                       @Parameter(description = "Width and height in pixels, 100 to 1000 (300 by default)")
                       @QueryParam("size") Integer size, @Context UriInfo uri) {
        int pixels = size == null ? CheckInQrCodes.DEFAULT_SIZE : size;
        if (pixels < CheckInQrCodes.MIN_SIZE || pixels > CheckInQrCodes.MAX_SIZE) {
            throw CivilityException.of(SharedError.INVALID_INPUT, "field", "size", "reason",
                    "between " + CheckInQrCodes.MIN_SIZE + " and " + CheckInQrCodes.MAX_SIZE);
        }
        CheckInCode code = service.get(actor, codeId(id));
        return Response.ok(CheckInQrCodes.png(link(code, uri), pixels), "image/png").build();
    }

    /** The link a volunteer's phone opens after scanning: the portal's check-in page with the link token. */
    private String link(CheckInCode code, UriInfo uri) {
        String base = portalUrl.filter(u -> !u.isBlank()).orElseGet(() -> portalRoot(uri));
        return UriBuilder.fromUri(base.endsWith("/") ? base : base + "/").path("checkin")
                .queryParam("token", code.linkToken()).build().toString();
    }

    /**
     * The web application's root (its context path), not the REST API's base: that is where the portal serves the
     * {@code /checkin} page the QR code leads to.
     */
    private String portalRoot(UriInfo uri) {
        String context = servletContext == null ? "" : servletContext.getContextPath();
        return uri.getBaseUriBuilder().replacePath(context + "/").build().toString();
    }

    private static CheckInCodeId codeId(String id) {
        return Inputs.id(id, "id", CheckInCodeId::of);
    }
}
