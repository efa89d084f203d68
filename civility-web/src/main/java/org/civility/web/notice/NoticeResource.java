package org.civility.web.notice;

import java.net.URI;
import java.time.ZoneId;
import java.util.EnumSet;

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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.civility.core.access.Actor;
import org.civility.core.notice.AnnounceNotice;
import org.civility.core.notice.Channel;
import org.civility.core.notice.Delivery;
import org.civility.core.notice.Notice;
import org.civility.core.notice.NoticeId;
import org.civility.core.notice.NoticeService;
import org.civility.core.notice.RetryDelivery;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.web.notice.NoticeDtos.AnnounceNoticeDto;
import org.civility.web.notice.NoticeDtos.DeliveryDto;
import org.civility.web.notice.NoticeDtos.NoticeDto;
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

/**
 * Notices (R-NOTE-1): announce through SMS, WeChat group and poster; see each channel's delivery;
 * retry one; print the poster. Announcing only queues the deliveries (transactional outbox); the
 * portal's dispatcher sends them.
 */
@Path("v1/notices")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "notices", description = "Activity notices through SMS, WeChat groups and posters, announced ahead "
        + "(R-NOTE-1), delivered through an outbox with retries; delivery status per channel")
public class NoticeResource {

    @Inject
    Actor actor;

    @Inject
    NoticeService service;

    @Inject
    UnitRepository units;

    @Inject
    ZoneId zone;

    @POST
    @Operation(summary = "Announce a subject (e.g. an activity) through channels; at least the minimum lead time "
            + "(setting notice.min-lead-hours, default 24) before it starts, else 422 R-NOTE-1. Needs ANNOUNCE")
    @APIResponse(responseCode = "201", description = "Announced; every channel's delivery is PENDING",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticeDto.class)))
    @APIResponse(responseCode = "422", description = "R-NOTE-1: published too late",
            content = @Content(mediaType = "application/problem+json"))
    public Response announce(@Valid @NotNull AnnounceNoticeDto body, @Context UriInfo uri) {
        Notice notice = service.announce(actor, new AnnounceNotice(Inputs.unitId(body.unitId(), "unitId"),
                body.subjectKind(), Inputs.optionalUuid(body.subjectId(), "subjectId"), body.title(), body.body(),
                body.place(), ApiTime.toInstant(body.startsAt()), EnumSet.copyOf(body.channels()),
                body.publishAt() == null ? null : ApiTime.toInstant(body.publishAt())));
        URI location = uri.getBaseUriBuilder().path("v1/notices").path(notice.id().toString()).build();
        return Response.created(location).tag(Versions.etag(notice.version()))
                .entity(NoticeDto.of(notice, service.deliveries(actor, notice.id()), zone)).build();
    }

    @GET
    @Operation(summary = "The notices of a unit, latest publish time first, one page at a time (unit is required); "
            + "without deliveries")
    public PageDto<NoticeDto> list(@QueryParam("unit") String unit, @QueryParam("offset") Integer offset,
                                   @QueryParam("limit") Integer limit) {
        PageRequest page = Paging.of(offset, limit);
        return PageDto.of(service.listByUnit(actor, Inputs.unitId(unit, "unit"), page), page.limit(),
                n -> NoticeDto.of(n, null, zone));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One notice with each channel's delivery status; its ETag is its version")
    @APIResponse(responseCode = "200", description = "The notice",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticeDto.class)))
    public Response get(@PathParam("id") String id) {
        NoticeId noticeId = noticeId(id);
        Notice notice = service.get(actor, noticeId);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(NoticeDto.of(notice, service.deliveries(actor, noticeId), zone))
                .tag(Versions.etag(notice.version())).cacheControl(noStore).build();
    }

    @POST
    @Path("{id}/deliveries/{channel}/retry")
    @Operation(summary = "Try an unsent channel again at once (If-Match: the delivery's version); a sent one gives "
            + "422 NOTICE-ALREADY-SENT. Needs ANNOUNCE")
    @APIResponse(responseCode = "200", description = "Due now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryDto.class)))
    public Response retry(@PathParam("id") String id, @PathParam("channel") String channel,
                          @HeaderParam("If-Match") String ifMatch) {
        NoticeId noticeId = noticeId(id);
        Channel ch = Inputs.constant(Channel.class, channel, "channel");
        Delivery delivery = service.retry(actor, new RetryDelivery(noticeId, ch), Inputs.expectedVersion(ifMatch));
        return Response.ok(DeliveryDto.of(delivery, zone)).tag(Versions.etag(delivery.version())).build();
    }

    @GET
    @Path("{id}/poster")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "A printable poster of the notice (HTML, Chinese, A4 print styles)")
    @APIResponse(responseCode = "200", description = "The poster", content = @Content(mediaType = MediaType.TEXT_HTML))
    public Response poster(@PathParam("id") String id) {
        Notice notice = service.get(actor, noticeId(id));
        String unitName = units.find(notice.unit()).map(Unit::name).orElse("");
        return Response.ok(Poster.html(notice, unitName, zone)).build();
    }

    private static NoticeId noticeId(String id) {
        try {
            return NoticeId.of(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw CivilityException.of(SharedError.INVALID_INPUT, "field", "id", "reason", "not a UUID");
        }
    }
}
