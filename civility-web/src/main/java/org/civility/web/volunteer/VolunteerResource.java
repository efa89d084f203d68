package org.civility.web.volunteer;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.civility.web.idempotency.Idempotent;
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
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.PageRequest;
import org.civility.core.volunteer.GuardianConsent;
import org.civility.core.volunteer.PhoneNumber;
import org.civility.core.volunteer.RegisterVolunteer;
import org.civility.core.volunteer.Volunteer;
import org.civility.core.volunteer.VolunteerId;
import org.civility.core.volunteer.VolunteerService;
import org.civility.core.volunteer.VolunteerView;
import org.civility.web.support.ApiTime;
import org.civility.web.support.Inputs;
import org.civility.web.support.PageDto;
import org.civility.web.support.Paging;
import org.civility.web.spi.VolunteerAccountLinker;
import org.civility.web.support.Versions;
import org.civility.web.volunteer.VolunteerDtos.GuardianConsentDto;
import org.civility.web.volunteer.VolunteerDtos.RegisterVolunteerDto;
import org.civility.web.volunteer.VolunteerDtos.VolunteerDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * Volunteers registered under their real name. ID and phone numbers leave in full only for the
 * volunteer themself and holders of VIEW_PERSONAL_DATA at the home unit; everyone else sees them
 * masked ({@code 110***********002X}, {@code 138****5678}). Answers are never cached.
 */
@Path("v1/volunteers")
@RequestScoped
@Transactional
@PersonalData
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "volunteers", description = "Volunteers registered under their real name (实名注册志愿者)")
public class VolunteerResource {

    @Inject
    Actor actor;

    @Inject
    VolunteerService service;

    @Inject
    ZoneId zone;

    @Inject
    VolunteerAccountLinker accounts;

    @POST
    @Operation(summary = "Register a volunteer at a home unit (needs REGISTER_VOLUNTEERS there)",
            description = "A wrong check character answers 400 VOLUNTEER-ID-CHECK-DIGIT; a minor without a "
                    + "guardian's consent 422 VOLUNTEER-GUARDIAN-CONSENT; a registered ID number 409 "
                    + "VOLUNTEER-ALREADY-REGISTERED.")
    @APIResponse(responseCode = "201", description = "Registered; the volunteer as the caller may see them",
            content = @Content(schema = @Schema(implementation = VolunteerDto.class)))
    @Idempotent
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, description = Idempotent.DESCRIPTION)
    public Response register(@Valid @NotNull RegisterVolunteerDto body, @Context UriInfo uri) {
        Volunteer stored = service.register(actor, commandOf(body));
        return created(service.view(actor, stored.id()), uri);
    }

    @POST
    @Path("me")
    @Operation(summary = "Register oneself as a volunteer under one's real name (needs SIGN_UP at the home unit, "
            + "as residents have); the caller's account is linked to the new volunteer",
            description = "The same checks as staff registration: a wrong check character answers 400 "
                    + "VOLUNTEER-ID-CHECK-DIGIT; a minor without a guardian's consent 422 VOLUNTEER-GUARDIAN-CONSENT; "
                    + "a registered ID number 409 VOLUNTEER-ALREADY-REGISTERED; a caller who is a volunteer already "
                    + "409 VOLUNTEER-ALREADY-LINKED. From the next request on, the caller holds the VOLUNTEER role "
                    + "at the home unit and GET /v1/me shows the volunteerId.")
    @APIResponse(responseCode = "201", description = "Registered and linked; the volunteer in full (it is the caller's own)",
            content = @Content(schema = @Schema(implementation = VolunteerDto.class)))
    @Idempotent
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, description = Idempotent.DESCRIPTION)
    public Response registerSelf(@Valid @NotNull RegisterVolunteerDto body, @Context UriInfo uri) {
        Volunteer stored = service.registerSelf(actor, commandOf(body));
        accounts.link(actor, stored.id(), stored.homeUnit());
        VolunteerView view = service.view(actor.asVolunteer(stored.id().value()), stored.id());
        return created(view, uri);
    }

    private Response created(VolunteerView view, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path(VolunteerResource.class).path(view.id().toString()).build())
                .tag(Versions.etag(view.version()))
                .entity(VolunteerDto.of(view, zone))
                .build();
    }

    private static RegisterVolunteer commandOf(RegisterVolunteerDto body) {
        return new RegisterVolunteer(
                unitId(body.homeUnit(), "homeUnit"), body.realName(), body.residentIdNumber(), body.phone(),
                body.origin(), body.skills() == null ? Set.of() : Set.copyOf(body.skills()),
                Optional.ofNullable(body.guardianConsent()).map(VolunteerResource::consentOf));
    }

    @GET
    @Operation(summary = "The volunteers whose home unit is the given unit, by real name (needs VIEW there)")
    public PageDto<VolunteerDto> list(
            @Parameter(description = "Id of the home unit", required = true) @QueryParam("unit") String unit,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        PageRequest page = Paging.of(offset, limit);
        return PageDto.of(service.list(actor, unitId(unit, "unit"), page), page.limit(),
                v -> VolunteerDto.of(v, zone));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One volunteer (the volunteer themself, or VIEW at the home unit); ETag is the version")
    @APIResponse(responseCode = "200", description = "The volunteer as the caller may see them",
            content = @Content(schema = @Schema(implementation = VolunteerDto.class)))
    public Response get(@PathParam("id") String id) {
        VolunteerView view = service.view(actor, volunteerId(id));
        return Response.ok(VolunteerDto.of(view, zone)).tag(Versions.etag(view.version())).build();
    }

    private static GuardianConsent consentOf(GuardianConsentDto c) {
        return new GuardianConsent(c.guardianName(), PhoneNumber.of(c.guardianPhone()), c.relation(),
                ApiTime.toInstant(c.givenAt()));
    }

    private static UnitId unitId(String value, String field) {
        return Inputs.id(value, field, UnitId::of);
    }

    private static VolunteerId volunteerId(String value) {
        return Inputs.id(value, "id", VolunteerId::of);
    }

}
