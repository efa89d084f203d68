package org.civility.web.team;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.PageRequest;
import org.civility.core.team.AddTeamMember;
import org.civility.core.team.FormTeam;
import org.civility.core.team.RemoveTeamMember;
import org.civility.core.team.Team;
import org.civility.core.team.TeamId;
import org.civility.core.team.TeamService;
import org.civility.core.volunteer.VolunteerId;
import org.civility.web.support.Inputs;
import org.civility.web.support.PageDto;
import org.civility.web.support.Paging;
import org.civility.web.support.Versions;
import org.civility.web.team.TeamDtos.AddTeamMemberDto;
import org.civility.web.team.TeamDtos.FormTeamDto;
import org.civility.web.team.TeamDtos.TeamDto;
import org.civility.web.team.TeamDtos.TeamSummaryDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.ZoneId;
import java.util.Optional;

/**
 * The teams of a unit (expert, professional, volunteer, five-elders, grassroots speakers) and their
 * members. Commands need MANAGE_TEAMS at the team's unit; member changes accept {@code If-Match}
 * with the version they read and answer the team with its new {@code ETag}.
 */
@Path("v1/teams")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "teams", description = "Teams of a unit and their members (队伍)")
public class TeamResource {

    @Inject
    Actor actor;

    @Inject
    TeamService service;

    @Inject
    ZoneId zone;

    @POST
    @Operation(summary = "Form an empty team at a unit (needs MANAGE_TEAMS there)")
    @APIResponse(responseCode = "201", description = "Formed",
            content = @Content(schema = @Schema(implementation = TeamDto.class)))
    public Response form(@Valid @NotNull FormTeamDto body, @Context UriInfo uri) {
        Team team = service.form(actor, new FormTeam(unitId(body.unit(), "unit"), body.kind(), body.name()));
        return Response.created(uri.getAbsolutePathBuilder().path(team.id().toString()).build())
                .tag(Versions.etag(team.version()))
                .entity(TeamDto.of(team, zone))
                .build();
    }

    @GET
    @Operation(summary = "The teams of exactly the given unit, by name (needs VIEW there)")
    public PageDto<TeamSummaryDto> list(
            @Parameter(description = "Id of the unit", required = true) @QueryParam("unit") String unit,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        PageRequest page = Paging.of(offset, limit);
        return PageDto.of(service.list(actor, unitId(unit, "unit"), page), page.limit(),
                t -> TeamSummaryDto.of(t, zone));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One team with its members (needs VIEW at its unit); ETag is the version")
    @APIResponse(responseCode = "200", description = "The team",
            content = @Content(schema = @Schema(implementation = TeamDto.class)))
    public Response get(@PathParam("id") String id) {
        return withEtag(service.get(actor, teamId(id)));
    }

    @POST
    @Path("{id}/members")
    @Operation(summary = "A registered volunteer joins the team (needs MANAGE_TEAMS at its unit)",
            description = "A five-elders member without a category answers 422 R-TEAM-1; a volunteer whose home "
                    + "unit lies outside the team's unit 422 TEAM-MEMBER-OUTSIDE-UNIT; a member 409 TEAM-ALREADY-MEMBER.")
    @APIResponse(responseCode = "200", description = "The team with its new member and version",
            content = @Content(schema = @Schema(implementation = TeamDto.class)))
    public Response addMember(@PathParam("id") String id, @Valid @NotNull AddTeamMemberDto body,
                              @Parameter(description = "The version read (ETag)")
                              @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        TeamId team = teamId(id);
        return withEtag(service.addMember(actor, new AddTeamMember(team, volunteerId(body.volunteerId(), "volunteerId"),
                Optional.ofNullable(body.category()), Optional.ofNullable(body.profession())),
                Inputs.expectedVersion(ifMatch)));
    }

    @DELETE
    @Path("{id}/members/{volunteerId}")
    @Operation(summary = "A volunteer leaves the team (needs MANAGE_TEAMS at its unit)")
    @APIResponse(responseCode = "200", description = "The team without the member, with its new version",
            content = @Content(schema = @Schema(implementation = TeamDto.class)))
    public Response removeMember(@PathParam("id") String id, @PathParam("volunteerId") String volunteerId,
                                 @Parameter(description = "The version read (ETag)")
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        TeamId team = teamId(id);
        return withEtag(service.removeMember(actor, new RemoveTeamMember(team, volunteerId(volunteerId, "volunteerId")),
                Inputs.expectedVersion(ifMatch)));
    }

    private Response withEtag(Team team) {
        return Response.ok(TeamDto.of(team, zone)).tag(Versions.etag(team.version())).build();
    }

    private static TeamId teamId(String value) {
        return Inputs.id(value, "id", TeamId::of);
    }

    private static VolunteerId volunteerId(String value, String field) {
        return Inputs.id(value, field, VolunteerId::of);
    }

    private static UnitId unitId(String value, String field) {
        return Inputs.id(value, field, UnitId::of);
    }

}
