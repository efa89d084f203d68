package org.civility.web.assistance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.UriInfo;
import org.civility.core.access.Actor;
import org.civility.core.assistance.AssistanceService;
import org.civility.core.assistance.CareRecipientDetails;
import org.civility.core.audit.AuditService;
import org.civility.core.assistance.CareRecipientId;
import org.civility.core.assistance.CareRecipientSummary;
import org.civility.core.assistance.Guardian;
import org.civility.core.assistance.RegisterCareRecipient;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.volunteer.PhoneNumber;
import org.civility.web.assistance.AssistanceDtos.CarePairingDto;
import org.civility.web.assistance.AssistanceDtos.CareRecipientDetailsDto;
import org.civility.web.assistance.AssistanceDtos.CareRecipientSummaryDto;
import org.civility.web.assistance.AssistanceDtos.RegisterCareRecipientDto;
import org.civility.web.support.Inputs;
import org.civility.web.support.PageDto;
import org.civility.web.support.Paging;
import org.civility.web.support.Versions;
import org.civility.web.volunteer.PersonalData;
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
 * Care recipients (帮). Registering and listing need MANAGE_CARE and answer summaries without personal
 * details; the details need being a paired volunteer or VIEW_CARE_DETAILS (the head), so an
 * administrator who registered a recipient gets 403 reading its details (R-HELP-1, enforced by core).
 */
@Path("v1/care-recipients")
@RequestScoped
@Transactional
@PersonalData
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "care-recipients", description = "Care recipients: left-behind children, orphaned or disabled children, "
        + "empty-nest elders, hardship households (关爱对象)")
public class CareRecipientResource {

    @Inject
    Actor actor;

    @Inject
    AuditService audit;

    @Inject
    AssistanceService service;

    @Inject
    ZoneId zone;

    @POST
    @Operation(summary = "Register a care recipient (needs MANAGE_CARE at the unit); answers the summary only",
            description = "Reading the details back needs being a paired volunteer or VIEW_CARE_DETAILS (the head): "
                    + "an administrator gets 403 ACCESS-DENIED for them.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = CareRecipientSummaryDto.class)))
    public Response register(@Valid @NotNull RegisterCareRecipientDto body, @Context UriInfo uri) {
        CareRecipientSummary summary = service.register(actor, new RegisterCareRecipient(
                Inputs.unitId(body.unit(), "unit"), body.category(), body.name(),
                Optional.ofNullable(blankToNull(body.residentIdNumber())), Optional.ofNullable(body.birthYear()),
                body.address(), Optional.ofNullable(blankToNull(body.phone())), body.needs(),
                Optional.ofNullable(body.guardian()).map(g -> new Guardian(g.name(), PhoneNumber.of(g.phone()),
                        g.relation()))));
        return Response.created(uri.getAbsolutePathBuilder().path(summary.id().toString()).build())
                .tag(Versions.etag(summary.version()))
                .entity(CareRecipientSummaryDto.of(summary, zone))
                .build();
    }

    @GET
    @Operation(summary = "The recipients registered at a unit, without details, oldest first "
            + "(needs MANAGE_CARE or VIEW_CARE_DETAILS there)")
    public PageDto<CareRecipientSummaryDto> list(
            @Parameter(description = "Id of the unit", required = true) @QueryParam("unit") String unit,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        if (unit == null || unit.isBlank()) {
            throw CivilityException.of(SharedError.REQUIRED, "field", "unit");
        }
        PageRequest page = Paging.of(offset, limit);
        return PageDto.of(service.summaries(actor, Inputs.unitId(unit, "unit"), page), page.limit(),
                s -> CareRecipientSummaryDto.of(s, zone));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A recipient's details in full (R-HELP-1: only a paired volunteer or VIEW_CARE_DETAILS); "
            + "everyone else 403 ACCESS-DENIED. ETag is the version")
    @APIResponse(responseCode = "200", description = "The details",
            content = @Content(schema = @Schema(implementation = CareRecipientDetailsDto.class)))
    @APIResponse(responseCode = "403", description = "ACCESS-DENIED: not paired and no VIEW_CARE_DETAILS")
    public Response details(@PathParam("id") String id) {
        CareRecipientDetails details = service.details(actor, new CareRecipientId(Inputs.uuid(id, "id")));
        // Every read of a recipient's personal details is in the audit trail (who, when, whose), for the heads.
        audit.recordCareRecipientRead(actor, details.id(), details.unit());
        return Response.ok(CareRecipientDetailsDto.of(details, zone)).tag(Versions.etag(details.version())).build();
    }

    @GET
    @Path("{id}/summary")
    @Operation(summary = "One recipient without details (needs MANAGE_CARE or VIEW_CARE_DETAILS at its unit)")
    public Response summary(@PathParam("id") String id) {
        CareRecipientSummary summary = service.summary(actor, new CareRecipientId(Inputs.uuid(id, "id")));
        return Response.ok(CareRecipientSummaryDto.of(summary, zone)).tag(Versions.etag(summary.version())).build();
    }

    @GET
    @Path("{id}/pairings")
    @Operation(summary = "Every pairing of a recipient, active and ended, with its visits (needs MANAGE_CARE or "
            + "VIEW_CARE_DETAILS at its unit); visit notes only for those who may see the details")
    public List<CarePairingDto> pairings(@PathParam("id") String id) {
        return service.pairingsOf(actor, new CareRecipientId(Inputs.uuid(id, "id"))).stream()
                .map(p -> CarePairingDto.of(p, zone)).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
