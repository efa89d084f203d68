package org.civility.web.recognition;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civility.core.access.Actor;
import org.civility.core.governance.PolicySettings;
import org.civility.core.organisation.UnitId;
import org.civility.core.recognition.HoursSource;
import org.civility.core.recognition.NamingConsentService;
import org.civility.core.recognition.PointsEntry;
import org.civility.core.recognition.PointsLedgerRepository;
import org.civility.core.recognition.RecognitionService;
import org.civility.core.recognition.RedeemPoints;
import org.civility.core.recognition.StarLevelPolicy;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.volunteer.Volunteer;
import org.civility.core.volunteer.VolunteerId;
import org.civility.core.volunteer.VolunteerRepository;
import org.civility.web.recognition.RecognitionDtos.NamingConsentAnswerDto;
import org.civility.web.recognition.RecognitionDtos.NamingConsentDto;
import org.civility.web.recognition.RecognitionDtos.PointsEntryDto;
import org.civility.web.recognition.RecognitionDtos.RecognitionDto;
import org.civility.web.recognition.RecognitionDtos.RedemptionDto;
import org.civility.web.support.Inputs;
import org.civility.web.support.PageDto;
import org.civility.web.support.Paging;
import org.civility.web.volunteer.PersonalData;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A volunteer's recognition: hours, star level, points and the ledger, for the volunteer themself and for
 * staff with MANAGE_ACTIVITIES at the volunteer's home unit (anyone else 403 ACCESS-DENIED); redemption at
 * the love supermarket (爱心超市), idempotent per request id; the volunteer's consent to public naming.
 */
@Path("v1/volunteers/{id}/recognition")
@RequestScoped
@Transactional
@PersonalData
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "recognition", description = "Hours, star levels, points and the love supermarket (星级志愿者, 爱心超市)")
public class RecognitionResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    Actor actor;

    @Inject
    RecognitionService service;

    @Inject
    NamingConsentService consents;

    @Inject
    PointsLedgerRepository ledger;

    @Inject
    VolunteerRepository volunteers;

    @Inject
    PolicySettings settings;

    @Inject
    ZoneId zone;

    @GET
    @Operation(summary = "A volunteer's total hours (by source), star level with the locality's thresholds and "
            + "points balance (the volunteer, or MANAGE_ACTIVITIES at the home unit)",
            description = "Anyone else gets 403 ACCESS-DENIED; an unknown volunteer 404 NOT-FOUND.")
    @APIResponse(responseCode = "200", description = "The volunteer's recognition",
            content = @Content(schema = @Schema(implementation = RecognitionDto.class)))
    public RecognitionDto get(@PathParam("id") String id) {
        Volunteer volunteer = volunteer(id);
        UnitId unit = volunteer.homeUnit();
        List<PointsEntry> entries = service.entries(actor, volunteer.id(), unit);
        Map<HoursSource, Long> bySource = new EnumMap<>(HoursSource.class);
        long total = 0;
        long balance = 0;
        for (PointsEntry e : entries) {
            total += e.signedMinutes();
            balance += e.signedPoints();
            e.sourceIfAny().ifPresent(s -> bySource.merge(s, e.signedMinutes(), Long::sum));
        }
        List<Integer> thresholds = StarLevelPolicy.KEYS.stream().map(k -> settings.effective(k, unit)).toList();
        int level = StarLevelPolicy.levelFor(total, thresholds);
        Double toNext = null;
        if (level < thresholds.size()) {
            long required = 0;
            for (int i = 0; i <= level; i++) {
                required = Math.max(required, thresholds.get(i) * 60L);
            }
            toNext = RecognitionDtos.hours(required - total);
        }
        return new RecognitionDto(volunteer.id().toString(), unit.toString(), total, RecognitionDtos.hours(total),
                bySource, level, thresholds, toNext, balance, consents.mayName(volunteer.id()));
    }

    @GET
    @Path("entries")
    @Operation(summary = "The volunteer's points ledger, newest first (the volunteer, or MANAGE_ACTIVITIES at the "
            + "home unit)")
    @APIResponse(responseCode = "200", description = "A page of ledger entries")
    public PageDto<PointsEntryDto> entries(@PathParam("id") String id,
                                           @Parameter(description = "Default 0") @QueryParam("offset") Integer offset,
                                           @Parameter(description = "Default 50, at most 200") @QueryParam("limit")
                                           Integer limit) {
        PageRequest page = Paging.of(offset, limit);
        Volunteer volunteer = volunteer(id);
        List<PointsEntry> newestFirst = new ArrayList<>(service.entries(actor, volunteer.id(), volunteer.homeUnit()));
        Collections.reverse(newestFirst);
        return PageDto.of(Page.of(newestFirst, page), page.limit(), e -> PointsEntryDto.of(e, zone));
    }

    @POST
    @Path("redemptions")
    @Operation(summary = "Redeem the volunteer's own points at a love supermarket (爱心超市); idempotent per request id",
            description = "The request id comes from the Idempotency-Key header or the body (one is required, 400 "
                    + "REQUIRED). The first request debits and answers 201; a retry with the same request id answers "
                    + "200 with the same entry and debits nothing; the same id with other goods or cost is 409 "
                    + "RECOGNITION-REQUEST-REUSED. More than the balance is 422 RECOGNITION-INSUFFICIENT-POINTS; "
                    + "someone else's points 403 RECOGNITION-NOT-OWN-POINTS.")
    @APIResponse(responseCode = "201", description = "Redeemed",
            content = @Content(schema = @Schema(implementation = PointsEntryDto.class)))
    @APIResponse(responseCode = "200", description = "A retry: the first redemption, nothing debited again",
            content = @Content(schema = @Schema(implementation = PointsEntryDto.class)))
    public Response redeem(@PathParam("id") String id,
                           @Parameter(description = "The client's request id (alternative to the body's requestId)")
                           @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                           @Valid @NotNull RedemptionDto body) {
        VolunteerId volunteer = volunteerId(id);
        String requestId = idempotencyKey != null && !idempotencyKey.isBlank() ? idempotencyKey.strip()
                : body.requestId() == null || body.requestId().isBlank() ? null : body.requestId().strip();
        if (requestId == null) {
            throw CivilityException.of(SharedError.REQUIRED, "field", IDEMPOTENCY_KEY);
        }
        if (requestId.length() > PointsEntry.MAX_REQUEST_ID) {
            throw CivilityException.of(SharedError.INVALID_INPUT, "field", IDEMPOTENCY_KEY, "reason", "too long");
        }
        UnitId unit = body.unit() == null || body.unit().isBlank() ? volunteer(id).homeUnit()
                : Inputs.unitId(body.unit(), "unit");
        boolean retry = ledger.findRedemption(volunteer, requestId).isPresent();
        PointsEntry entry = service.redeem(actor, new RedeemPoints(volunteer, unit, requestId, body.goods().strip(),
                body.cost()));
        return Response.status(retry ? 200 : 201).entity(PointsEntryDto.of(entry, zone)).build();
    }

    @PUT
    @Path("naming-consent")
    @Operation(summary = "The volunteer's own answer: may they be named in public lists such as the yearly "
            + "commendation? (only the volunteer themself, else 403 RECOGNITION-NOT-OWN-CONSENT)")
    @APIResponse(responseCode = "200", description = "The recorded answer",
            content = @Content(schema = @Schema(implementation = NamingConsentDto.class)))
    public NamingConsentDto answer(@PathParam("id") String id, @Valid @NotNull NamingConsentAnswerDto body) {
        return NamingConsentDto.of(consents.answer(actor, volunteerId(id), body.consented()), zone);
    }

    private Volunteer volunteer(String id) {
        VolunteerId volunteer = volunteerId(id);
        return volunteers.find(volunteer).orElseThrow(
                () -> CivilityException.of(SharedError.NOT_FOUND, "what", "volunteer", "id", volunteer));
    }

    private static VolunteerId volunteerId(String id) {
        return Inputs.id(id, "id", VolunteerId::of);
    }
}
