package org.civility.web.celebration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civility.core.access.Actor;
import org.civility.core.celebration.CelebrationService;
import org.civility.core.celebration.CeremonyId;
import org.civility.core.celebration.FamilyCeremony;
import org.civility.core.celebration.RecordPersuasionVisit;
import org.civility.core.celebration.RegisterCeremony;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.web.celebration.CelebrationDtos.CeremonyDto;
import org.civility.web.celebration.CelebrationDtos.RegisterCeremonyDto;
import org.civility.web.celebration.CelebrationDtos.VisitDto;
import org.civility.web.support.Inputs;
import org.civility.web.support.PageDto;
import org.civility.web.support.Paging;
import org.civility.web.support.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Weddings and funerals registered with a station's red-and-white affairs council. Registering needs
 * MANAGE_CELEBRATIONS at the unit; a ceremony over the village's limits is recorded all the same, status FLAGGED
 * with every breach listed, for the council's persuasion visit, which {@code POST {id}/visit} records (R-CELE-1).
 */
@Path("v1/ceremonies")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "ceremonies", description = "Weddings and funerals under the village's limits (红白理事会, R-CELE-1)")
public class CeremonyResource {

    @Inject
    Actor actor;

    @Inject
    CelebrationService service;

    @Inject
    ZoneId zone;

    @POST
    @Operation(summary = "Register a wedding or funeral (needs MANAGE_CELEBRATIONS at the unit)",
            description = "Within the village's limits: status REGISTERED. Over them it is recorded all the same "
                    + "(R-CELE-1): status FLAGGED, breaches listing every limit exceeded, for the council's "
                    + "persuasion visit.")
    @APIResponse(responseCode = "201", description = "Registered, or recorded and flagged",
            content = @Content(schema = @Schema(implementation = CeremonyDto.class)))
    public Response register(@Valid @NotNull RegisterCeremonyDto body, @Context UriInfo uri) {
        FamilyCeremony ceremony = service.register(actor, new RegisterCeremony(Inputs.unitId(body.unit(), "unit"),
                body.kind(), body.host(), date(body.date()), body.tables(), body.giftFen(), body.days()));
        return Response.created(uri.getAbsolutePathBuilder().path(ceremony.id().toString()).build())
                .tag(Versions.etag(ceremony.version()))
                .entity(CeremonyDto.of(ceremony, zone))
                .build();
    }

    @GET
    @Operation(summary = "The ceremonies registered at exactly the given unit, by date (needs VIEW there)")
    public PageDto<CeremonyDto> list(
            @Parameter(description = "Id of the unit", required = true) @QueryParam("unit") String unit,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        if (unit == null || unit.isBlank()) {
            throw CivilityException.of(SharedError.REQUIRED, "field", "unit");
        }
        PageRequest page = Paging.of(offset, limit);
        return PageDto.of(service.list(actor, Inputs.unitId(unit, "unit"), page), page.limit(),
                c -> CeremonyDto.of(c, zone));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One ceremony with the limits it was checked against (needs VIEW at its unit); ETag is the version")
    @APIResponse(responseCode = "200", description = "The ceremony",
            content = @Content(schema = @Schema(implementation = CeremonyDto.class)))
    public Response get(@PathParam("id") String id) {
        FamilyCeremony ceremony = service.get(actor, new CeremonyId(Inputs.uuid(id, "id")));
        return Response.ok(CeremonyDto.of(ceremony, zone)).tag(Versions.etag(ceremony.version())).build();
    }

    @POST
    @Path("{id}/visit")
    @Operation(summary = "Record the council's persuasion visit to a ceremony flagged over the village's limits "
            + "(needs MANAGE_CELEBRATIONS at its unit; R-CELE-1)",
            description = "The ceremony becomes VISITED. One not flagged (within the limits, or visited already) "
                    + "answers 409 CELEBRATION-VISIT-NOT-PENDING; If-Match with another version 409 STALE-VERSION.")
    @APIResponse(responseCode = "200", description = "The ceremony with the visit and its new version",
            content = @Content(schema = @Schema(implementation = CeremonyDto.class)))
    public Response visit(@PathParam("id") String id, @Valid @NotNull VisitDto body,
                          @Parameter(description = "The version read (ETag)")
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        FamilyCeremony ceremony = service.recordVisit(actor, new RecordPersuasionVisit(
                new CeremonyId(Inputs.uuid(id, "id")), body.note(), Inputs.expectedVersion(ifMatch)));
        return Response.ok(CeremonyDto.of(ceremony, zone)).tag(Versions.etag(ceremony.version())).build();
    }

    private static LocalDate date(String value) {
        return Inputs.date(value, "date");
    }
}
