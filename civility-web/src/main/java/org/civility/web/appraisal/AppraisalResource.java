package org.civility.web.appraisal;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civility.core.access.Actor;
import org.civility.core.appraisal.AppraisalCampaign;
import org.civility.core.appraisal.AppraisalService;
import org.civility.core.appraisal.AwardCampaign;
import org.civility.core.appraisal.CampaignId;
import org.civility.core.appraisal.CastVote;
import org.civility.core.appraisal.CloseVoting;
import org.civility.core.appraisal.ConfirmRecommendation;
import org.civility.core.appraisal.DeclineRecommendation;
import org.civility.core.appraisal.HouseholdId;
import org.civility.core.appraisal.Nominate;
import org.civility.core.appraisal.NominationId;
import org.civility.core.appraisal.Nominee;
import org.civility.core.appraisal.ObjectionId;
import org.civility.core.appraisal.OpenVoting;
import org.civility.core.appraisal.RaiseObjection;
import org.civility.core.appraisal.RecommendGoodPerson;
import org.civility.core.appraisal.Recommendation;
import org.civility.core.appraisal.RecommendationId;
import org.civility.core.appraisal.RecommendationService;
import org.civility.core.appraisal.ResolveObjection;
import org.civility.core.appraisal.StartCampaign;
import org.civility.core.shared.PageRequest;
import org.civility.web.appraisal.AppraisalDtos.CampaignDto;
import org.civility.web.appraisal.AppraisalDtos.CastVoteDto;
import org.civility.web.appraisal.AppraisalDtos.ConfirmRecommendationDto;
import org.civility.web.appraisal.AppraisalDtos.DeclineRecommendationDto;
import org.civility.web.appraisal.AppraisalDtos.NominateDto;
import org.civility.web.appraisal.AppraisalDtos.OpenVotingDto;
import org.civility.web.appraisal.AppraisalDtos.RaiseObjectionDto;
import org.civility.web.appraisal.AppraisalDtos.RecommendDto;
import org.civility.web.appraisal.AppraisalDtos.RecommendationDto;
import org.civility.web.appraisal.AppraisalDtos.ResolutionDto;
import org.civility.web.appraisal.AppraisalDtos.StartCampaignDto;
import org.civility.web.support.ApiTime;
import org.civility.web.support.Inputs;
import org.civility.web.support.PageDto;
import org.civility.web.support.Paging;
import org.civility.web.support.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Appraisal campaigns (评): nominate → vote (one vote per household, R-APPR-1) → public notice with
 * objections → award. Commands on a campaign accept {@code If-Match} with the version they read. While a campaign
 * nominates, residents recommend good people and the residents' committee confirms or declines each recommendation
 * once (R-APPR-2); commands on a recommendation accept {@code If-Match} with the recommendation's version.
 */
@Path("v1/appraisals")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "appraisals", description = "Appraisal campaigns: nominations, a residents' vote with one vote per household, public notice, objections and awards (R-APPR-1)")
public class AppraisalResource {

    @Inject
    Actor actor;

    @Inject
    AppraisalService service;

    @Inject
    RecommendationService recommendations;

    @Inject
    ZoneId zone;

    @POST
    @Operation(summary = "Start a campaign at a unit; it takes nominations until voting opens")
    @APIResponse(responseCode = "201", description = "Started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignDto.class)))
    public Response start(@Valid @NotNull StartCampaignDto body, @Context UriInfo uri) {
        AppraisalCampaign campaign = service.start(actor, new StartCampaign(Inputs.unitId(body.unitId(), "unitId"),
                body.kind(), body.title(), body.year(), body.criteria() == null ? List.of() : body.criteria(),
                body.starThresholds() == null ? List.of() : body.starThresholds(),
                body.places() == null ? 1 : body.places()));
        return created(campaign, uri);
    }

    @GET
    @Operation(summary = "The campaigns of a unit, newest year first, one page at a time (unit is required)")
    public PageDto<CampaignDto> list(@QueryParam("unit") String unit, @QueryParam("offset") Integer offset,
                                     @QueryParam("limit") Integer limit) {
        PageRequest page = Paging.of(offset, limit);
        return PageDto.of(service.list(actor, Inputs.unitId(unit, "unit"), page), page.limit(),
                c -> CampaignDto.of(c, zone));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One campaign with its nominations (votes counted) and objections; its ETag is its version")
    @APIResponse(responseCode = "200", description = "The campaign",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignDto.class)))
    public Response get(@PathParam("id") String id) {
        return ok(service.get(actor, campaignId(id)));
    }

    @POST
    @Path("{id}/nominations")
    @Operation(summary = "Nominate a household of the unit, or a person of it (only while NOMINATING)")
    @APIResponse(responseCode = "201", description = "Nominated; the body is the campaign",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignDto.class)))
    public Response nominate(@PathParam("id") String id, @Valid @NotNull NominateDto body,
                             @HeaderParam("If-Match") String ifMatch, @Context UriInfo uri) {
        CampaignId campaign = campaignId(id);
        HouseholdId household = new HouseholdId(Inputs.uuid(body.householdId(), "householdId"));
        return created(service.nominate(actor, new Nominate(campaign,
                new Nominee(household, Optional.ofNullable(body.person())), body.reason()),
                Inputs.expectedVersion(ifMatch)), uri);
    }

    @POST
    @Path("{id}/voting")
    @Operation(summary = "Open voting for the window [opens, closes)")
    public Response openVoting(@PathParam("id") String id, @Valid @NotNull OpenVotingDto body,
                               @HeaderParam("If-Match") String ifMatch) {
        return ok(service.openVoting(actor, new OpenVoting(campaignId(id), ApiTime.toInstant(body.opens()),
                ApiTime.toInstant(body.closes())), Inputs.expectedVersion(ifMatch)));
    }

    @POST
    @Path("{id}/votes")
    @Operation(summary = "Cast the caller's household's vote; a second vote of a household, or one from a household "
            + "of another unit, is refused with 422 R-APPR-1")
    @APIResponse(responseCode = "200", description = "Counted; the body is the campaign",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignDto.class)))
    @APIResponse(responseCode = "422", description = "R-APPR-1: the household has voted or is not of the unit",
            content = @Content(mediaType = "application/problem+json"))
    public Response vote(@PathParam("id") String id, @Valid @NotNull CastVoteDto body,
                         @HeaderParam("If-Match") String ifMatch) {
        return ok(service.vote(actor, new CastVote(campaignId(id),
                new HouseholdId(Inputs.uuid(body.householdId(), "householdId")),
                new NominationId(Inputs.uuid(body.nominationId(), "nominationId"))), Inputs.expectedVersion(ifMatch)));
    }

    @POST
    @Path("{id}/notice")
    @Operation(summary = "Close voting (once its window has ended), shortlist the winners and start the public notice "
            + "for the unit's appraisal.notice-days")
    public Response closeVoting(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return ok(service.closeVoting(actor, new CloseVoting(campaignId(id)), Inputs.expectedVersion(ifMatch)));
    }

    @POST
    @Path("{id}/objections")
    @Operation(summary = "Object to a shortlisted nomination during public notice; its award is suspended until resolved")
    @APIResponse(responseCode = "201", description = "Raised; the body is the campaign",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignDto.class)))
    public Response object(@PathParam("id") String id, @Valid @NotNull RaiseObjectionDto body,
                           @HeaderParam("If-Match") String ifMatch, @Context UriInfo uri) {
        return created(service.object(actor, new RaiseObjection(campaignId(id),
                new NominationId(Inputs.uuid(body.nominationId(), "nominationId")), body.reason()),
                Inputs.expectedVersion(ifMatch)), uri);
    }

    @POST
    @Path("{id}/objections/{objectionId}/resolution")
    @Operation(summary = "Resolve an objection: upheld withdraws the nomination, dismissed puts it back on notice")
    public Response resolve(@PathParam("id") String id, @PathParam("objectionId") String objectionId,
                            @Valid @NotNull ResolutionDto body, @HeaderParam("If-Match") String ifMatch) {
        return ok(service.resolveObjection(actor, new ResolveObjection(campaignId(id),
                new ObjectionId(Inputs.uuid(objectionId, "objectionId")), body.upheld(), body.note()),
                Inputs.expectedVersion(ifMatch)));
    }

    @POST
    @Path("{id}/award")
    @Operation(summary = "Make the shortlist stand once the notice period has ended with no objection open; "
            + "each award enters its household's history")
    public Response award(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return ok(service.award(actor, new AwardCampaign(campaignId(id)), Inputs.expectedVersion(ifMatch)));
    }

    @POST
    @Path("{id}/recommendations")
    @Operation(summary = "Recommend a good person (推荐身边好人) for a campaign that is NOMINATING: their name and the "
            + "good deed (R-APPR-2); the residents' committee confirms or declines it")
    @APIResponse(responseCode = "201", description = "Recommended; the body is the recommendation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecommendationDto.class)))
    @APIResponse(responseCode = "422", description = "APPRAISAL-PHASE: the campaign no longer nominates",
            content = @Content(mediaType = "application/problem+json"))
    public Response recommend(@PathParam("id") String id, @Valid @NotNull RecommendDto body, @Context UriInfo uri) {
        Recommendation recommendation = recommendations.recommend(actor, new RecommendGoodPerson(campaignId(id),
                body.person(), body.deed()));
        URI location = uri.getBaseUriBuilder().path("v1/appraisals").path(id).path("recommendations")
                .path(recommendation.id().toString()).build();
        return Response.created(location).tag(Versions.etag(recommendation.version()))
                .entity(RecommendationDto.of(recommendation, zone)).build();
    }

    @GET
    @Path("{id}/recommendations")
    @Operation(summary = "A campaign's recommendations, oldest first, one page at a time: all of them, with who "
            + "recommended, for the residents' committee; only their own for a resident (R-APPR-2)")
    public PageDto<RecommendationDto> recommendations(@PathParam("id") String id, @QueryParam("offset") Integer offset,
                                                      @QueryParam("limit") Integer limit) {
        PageRequest page = Paging.of(offset, limit);
        return PageDto.of(recommendations.list(actor, campaignId(id), page), page.limit(),
                r -> RecommendationDto.of(r, zone));
    }

    @GET
    @Path("{id}/recommendations/{recommendationId}")
    @Operation(summary = "One recommendation, for its recommender and the residents' committee; its ETag is its version")
    @APIResponse(responseCode = "200", description = "The recommendation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecommendationDto.class)))
    public Response recommendation(@PathParam("id") String id, @PathParam("recommendationId") String recommendationId) {
        return ok(recommendations.get(actor, campaignId(id), recommendationId(recommendationId)));
    }

    @POST
    @Path("{id}/recommendations/{recommendationId}/confirm")
    @Operation(summary = "Confirm a recommendation into a nomination of the campaign: the good person of a household "
            + "of the unit, with the deed as the reason (R-APPR-2; only while NOMINATING, once)")
    @APIResponse(responseCode = "200", description = "Confirmed; the body is the recommendation with its nomination",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecommendationDto.class)))
    @APIResponse(responseCode = "409", description = "APPRAISAL-RECOMMENDATION-DECIDED: confirmed or declined already",
            content = @Content(mediaType = "application/problem+json"))
    public Response confirm(@PathParam("id") String id, @PathParam("recommendationId") String recommendationId,
                            @Valid @NotNull ConfirmRecommendationDto body, @HeaderParam("If-Match") String ifMatch) {
        return ok(recommendations.confirm(actor, new ConfirmRecommendation(campaignId(id),
                recommendationId(recommendationId), new HouseholdId(Inputs.uuid(body.householdId(), "householdId")),
                body.person()), Inputs.expectedVersion(ifMatch)));
    }

    @POST
    @Path("{id}/recommendations/{recommendationId}/decline")
    @Operation(summary = "Decline a recommendation with a reason its recommender reads (R-APPR-2; only while "
            + "NOMINATING, once)")
    @APIResponse(responseCode = "200", description = "Declined; the body is the recommendation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecommendationDto.class)))
    @APIResponse(responseCode = "409", description = "APPRAISAL-RECOMMENDATION-DECIDED: confirmed or declined already",
            content = @Content(mediaType = "application/problem+json"))
    public Response decline(@PathParam("id") String id, @PathParam("recommendationId") String recommendationId,
                            @Valid @NotNull DeclineRecommendationDto body, @HeaderParam("If-Match") String ifMatch) {
        return ok(recommendations.decline(actor, new DeclineRecommendation(campaignId(id),
                recommendationId(recommendationId), body.reason()), Inputs.expectedVersion(ifMatch)));
    }

    private Response ok(Recommendation recommendation) {
        return Response.ok(RecommendationDto.of(recommendation, zone)).tag(Versions.etag(recommendation.version()))
                .build();
    }

    private static RecommendationId recommendationId(String value) {
        return new RecommendationId(Inputs.uuid(value, "recommendationId"));
    }

    private Response ok(AppraisalCampaign campaign) {
        return Response.ok(CampaignDto.of(campaign, zone)).tag(Versions.etag(campaign.version())).build();
    }

    private Response created(AppraisalCampaign campaign, UriInfo uri) {
        URI location = uri.getBaseUriBuilder().path("v1/appraisals").path(campaign.id().toString()).build();
        return Response.created(location).tag(Versions.etag(campaign.version()))
                .entity(CampaignDto.of(campaign, zone)).build();
    }

    private static CampaignId campaignId(String value) {
        return new CampaignId(Inputs.uuid(value, "id"));
    }
}
