package org.civility.web.order;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.civility.web.idempotency.Idempotent;
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
import org.civility.core.order.Assignee;
import org.civility.core.order.CompleteOrder;
import org.civility.core.order.DeclineOrder;
import org.civility.core.order.MenuItem;
import org.civility.core.order.MenuItemId;
import org.civility.core.order.MenuItemRepository;
import org.civility.core.order.MenuService;
import org.civility.core.order.OfferOrder;
import org.civility.core.order.OrderItem;
import org.civility.core.order.OrderListing;
import org.civility.core.order.OrderRecords;
import org.civility.core.order.OrderService;
import org.civility.core.order.PlaceOrder;
import org.civility.core.order.RateOrder;
import org.civility.core.order.Rating;
import org.civility.core.order.RejectOrder;
import org.civility.core.order.ReviewOrder;
import org.civility.core.order.ServiceOrder;
import org.civility.core.order.ServiceOrderId;
import org.civility.core.organisation.UnitId;
import org.civility.core.record.ServiceRecord;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.volunteer.Volunteer;
import org.civility.core.volunteer.VolunteerId;
import org.civility.core.volunteer.VolunteerRepository;
import org.civility.web.order.OrderDtos.CompleteOrderDto;
import org.civility.web.order.OrderDtos.ItemDto;
import org.civility.web.order.OrderDtos.OfferOrderDto;
import org.civility.web.order.OrderDtos.OrderDto;
import org.civility.web.order.OrderDtos.PlaceOrderDto;
import org.civility.web.order.OrderDtos.RateOrderDto;
import org.civility.web.order.OrderDtos.RatingDto;
import org.civility.web.order.OrderDtos.ReasonDto;
import org.civility.web.order.OrderDtos.ReviewOrderDto;
import org.civility.web.order.OrderDtos.ShowcaseDto;
import org.civility.web.support.ApiTime;
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

import java.time.ZoneId;
import java.util.Optional;

/**
 * Resident orders (群众点单 → 中心派单 → 志愿者接单 → 群众评单 → 晒单). Residents place for themselves (SIGN_UP); a
 * station helper places for a resident without a phone (PLACE_ORDERS_FOR_RESIDENTS); staff (MANAGE_ACTIVITIES at
 * the handling unit) review, reject, offer, open for grabs and showcase; the account's linked volunteer declines,
 * accepts, starts, completes and consents to a showcase; the requester rates. Steps accept an optional
 * {@code If-Match} with the version read and answer the order with its new {@code ETag}. What an order shows is
 * filtered for the viewer: the rejection reason only for the requester.
 */
@Path("v1/orders")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "orders", description = "Resident orders: place, review, dispatch, accept, serve, rate, showcase (点单派单接单评单)")
public class OrderResource {

    private static final String WHAT = "serviceOrder";

    @Inject
    Actor actor;

    @Inject
    OrderService service;

    @Inject
    MenuService menu;

    @Inject
    MenuItemRepository menuItems;

    @Inject
    OrderRecords records;

    @Inject
    OrderListing listing;

    @Inject
    VolunteerRepository volunteers;

    @Inject
    ZoneId zone;

    @POST
    @Operation(summary = "Place an order (点单): a menu item or a wish (微心愿), for oneself or on behalf of a resident",
            description = "For oneself needs SIGN_UP at the unit; with onBehalfOf a helper needs "
                    + "PLACE_ORDERS_FOR_RESIDENTS (duty staff, administrators): the resident is recorded as requester, "
                    + "the helper as placedBy. Exactly one of menuItem and wish, else 400 INVALID-INPUT; a withdrawn "
                    + "item or one of another unit's menu 422 ORDER-ITEM-UNAVAILABLE. The same service for the same "
                    + "recipient within the duplicate window (setting order.duplicate-window-days, default 7) is "
                    + "flagged in duplicateOf and must be confirmed at review.")
    @APIResponse(responseCode = "201", description = "Placed",
            content = @Content(schema = @Schema(implementation = OrderDto.class)))
    @Idempotent
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, description = Idempotent.DESCRIPTION)
    public Response place(@Valid @NotNull PlaceOrderDto body, @Context UriInfo uri) {
        UnitId unit = Inputs.unitId(body.unit(), "unit");
        boolean hasItem = body.menuItem() != null && !body.menuItem().isBlank();
        boolean hasWish = body.wish() != null && !body.wish().isBlank();
        if (hasItem == hasWish) {
            throw CivilityException.of(SharedError.INVALID_INPUT, "field", "menuItem",
                    "reason", "give exactly one of menuItem and wish");
        }
        OrderItem item = hasItem
                ? new OrderItem.FromMenu(menu.orderable(Inputs.id(body.menuItem(), "menuItem", MenuItemId::of), unit).id())
                : new OrderItem.Wish(body.wish());
        Optional<String> onBehalfOf = Optional.ofNullable(body.onBehalfOf()).filter(s -> !s.isBlank());
        String recipient = Optional.ofNullable(body.recipient()).filter(s -> !s.isBlank())
                .orElse(onBehalfOf.orElse(actor.name()));
        ServiceOrder order = service.place(actor, new PlaceOrder(unit, recipient, item, body.description(), onBehalfOf));
        return Response.created(uri.getAbsolutePathBuilder().path(order.id().toString()).build())
                .tag(Versions.etag(order.version()))
                .entity(dto(listing.one(order)))
                .build();
    }

    @GET
    @Path("mine")
    @Operation(summary = "The orders the signed-in account placed for itself, oldest first")
    @APIResponse(responseCode = "200", description = "A page of orders")
    public PageDto<OrderDto> mine(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        PageRequest page = Paging.of(offset, limit);
        return PageDto.of(listing.of(service.mine(actor, page)), page.limit(), this::dto);
    }

    @GET
    @Path("placed-for-residents")
    @Operation(summary = "The orders the signed-in helper placed on behalf of residents without a phone, oldest first",
            description = "What a station helper (PLACE_ORDERS_FOR_RESIDENTS) follows for the residents: status, "
                    + "history and the rejection reason, and completed orders to rate for them.")
    @APIResponse(responseCode = "200", description = "A page of orders")
    public PageDto<OrderDto> placedForResidents(@QueryParam("offset") Integer offset,
                                                @QueryParam("limit") Integer limit) {
        PageRequest page = Paging.of(offset, limit);
        return PageDto.of(listing.of(service.placedForResidents(actor, page)), page.limit(), this::dto);
    }

    @GET
    @Path("for-me")
    @Operation(summary = "The orders the account's linked volunteer has to answer or serve, oldest first",
            description = "Offered to the volunteer (to accept or decline with a reason: no forced dispatch) and "
                    + "accepted by them but not completed (to start and complete). Offers to a whole team are not "
                    + "listed. An account without a volunteer record gets an empty page.")
    @APIResponse(responseCode = "200", description = "A page of orders")
    public PageDto<OrderDto> forMe(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        PageRequest page = Paging.of(offset, limit);
        return PageDto.of(listing.of(service.forMyVolunteer(actor, page)), page.limit(), this::dto);
    }

    @GET
    @Path("open-for-grabs")
    @Operation(summary = "The orders open for grabs (抢单) placed at a unit, oldest first (needs SIGN_UP there)",
            description = "For volunteers who may accept them: an account without a volunteer record gets an empty "
                    + "page; without SIGN_UP at the unit 403 ACCESS-DENIED.")
    @APIResponse(responseCode = "200", description = "A page of orders")
    public PageDto<OrderDto> openForGrabs(
            @Parameter(description = "Id of the unit (station) the orders were placed at", required = true)
            @QueryParam("unit") String unit,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        PageRequest page = Paging.of(offset, limit);
        return PageDto.of(listing.of(service.openForGrabsAt(actor, Inputs.unitId(unit, "unit"), page)), page.limit(),
                this::dto);
    }

    @GET
    @Operation(summary = "The orders a unit handles now, oldest first (its staff's queue: MANAGE_ACTIVITIES there)")
    @APIResponse(responseCode = "200", description = "A page of orders")
    public PageDto<OrderDto> byUnit(
            @Parameter(description = "Id of the handling unit", required = true) @QueryParam("unit") String unit,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        PageRequest page = Paging.of(offset, limit);
        return PageDto.of(listing.of(service.byUnit(actor, Inputs.unitId(unit, "unit"), page)), page.limit(),
                this::dto);
    }

    @GET
    @Path("showcased")
    @Operation(summary = "Showcased orders (晒单) placed at a unit, newest first (needs VIEW there)",
            description = "Names the volunteer only with their consent and never the recipient.")
    @APIResponse(responseCode = "200", description = "A page of showcased orders")
    public PageDto<ShowcaseDto> showcased(
            @Parameter(description = "Id of the unit", required = true) @QueryParam("unit") String unit,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        PageRequest page = Paging.of(offset, limit);
        return PageDto.of(service.showcased(actor, Inputs.unitId(unit, "unit"), page), page.limit(), this::showcase);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One order as the viewer may see it; ETag is the version",
            description = "Only for those it concerns (the requester, the helper who placed it for them, the volunteer "
                    + "it is offered to or accepted by, a member of the team it is offered to, a volunteer who may grab "
                    + "it while it is open for grabs) and staff with MANAGE_ACTIVITIES at its unit or above (the "
                    + "handling unit's staff, and the station's after an escalation); anyone else 403 ACCESS-DENIED. The rejection reason (and its history note) only "
                    + "for the requester; serviceRecord is the service record the served order yielded, with the "
                    + "minutes served once completed.")
    @APIResponse(responseCode = "200", description = "The order",
            content = @Content(schema = @Schema(implementation = OrderDto.class)))
    public Response get(@PathParam("id") String id) {
        return ok(service.find(actor, orderId(id)));
    }

    @POST
    @Path("{id}/review")
    @Operation(summary = "Review a placed order (needs MANAGE_ACTIVITIES at the handling unit)",
            description = "An order flagged as duplicate demand (duplicateOf) answers 422 ORDER-DUPLICATE unless "
                    + "confirmDuplicate is true; another status 422 ORDER-STATE.")
    @APIResponse(responseCode = "200", description = "The reviewed order",
            content = @Content(schema = @Schema(implementation = OrderDto.class)))
    public Response review(@PathParam("id") String id, @Valid @NotNull ReviewOrderDto body,
                           @Parameter(description = "The version read (ETag)")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.review(actor, new ReviewOrder(orderId(id), body.note(), body.confirmDuplicate(),
                Inputs.expectedVersion(ifMatch))));
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Reject a placed or reviewed order with a reason (needs MANAGE_ACTIVITIES at the handling unit)",
            description = "The reason is shown to the requester alone.")
    @APIResponse(responseCode = "200", description = "The rejected order",
            content = @Content(schema = @Schema(implementation = OrderDto.class)))
    public Response reject(@PathParam("id") String id, @Valid @NotNull ReasonDto body,
                           @Parameter(description = "The version read (ETag)")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.reject(actor, new RejectOrder(orderId(id), body.reason(), Inputs.expectedVersion(ifMatch))));
    }

    @POST
    @Path("{id}/offer")
    @Operation(summary = "Offer a reviewed order to a volunteer or a team (派单; needs MANAGE_ACTIVITIES at the "
            + "handling unit)", description = "No forced dispatch: the offeree may decline with a reason. The "
            + "volunteer's home unit or the team's unit lies in the handling unit's subtree, else 422 "
            + "REFERENCE-OUTSIDE-SUBTREE; an unknown one 404 NOT-FOUND.")
    @APIResponse(responseCode = "200", description = "The offered order",
            content = @Content(schema = @Schema(implementation = OrderDto.class)))
    public Response offer(@PathParam("id") String id, @Valid @NotNull OfferOrderDto body,
                          @Parameter(description = "The version read (ETag)")
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ServiceOrderId order = orderId(id);
        Assignee to = new Assignee(body.kind(), Inputs.uuid(body.id(), "id"));
        return ok(service.offer(actor, new OfferOrder(order, to, Inputs.expectedVersion(ifMatch))));
    }

    @POST
    @Path("{id}/decline")
    @Operation(summary = "Decline an offer with a reason, as the offered volunteer or a member of the offered team",
            description = "The order returns to REVIEWED. Another volunteer 403 ORDER-NOT-VOLUNTEER; a volunteer "
                    + "outside the offered team 403 ORDER-NOT-TEAM-MEMBER.")
    @APIResponse(responseCode = "200", description = "The order, reviewed again",
            content = @Content(schema = @Schema(implementation = OrderDto.class)))
    public Response decline(@PathParam("id") String id, @Valid @NotNull ReasonDto body,
                            @Parameter(description = "The version read (ETag)")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.decline(actor, new DeclineOrder(orderId(id), body.reason(),
                Inputs.expectedVersion(ifMatch))));
    }

    @POST
    @Path("{id}/open-for-grabs")
    @Operation(summary = "Open a reviewed order for any volunteer to grab (抢单; needs MANAGE_ACTIVITIES at the "
            + "handling unit)")
    @APIResponse(responseCode = "200", description = "The open order",
            content = @Content(schema = @Schema(implementation = OrderDto.class)))
    public Response openForGrabs(@PathParam("id") String id,
                                 @Parameter(description = "The version read (ETag)")
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.openForGrabs(actor, orderId(id), Inputs.expectedVersion(ifMatch)));
    }

    @POST
    @Path("{id}/accept")
    @Operation(summary = "Accept an order as the account's linked volunteer (接单; R-ORD-1: exactly once)",
            description = "An order accepted already, or accepted concurrently, answers 409 ORDER-ALREADY-ACCEPTED; "
                    + "an offer to another volunteer, or an account without a volunteer record, 403 "
                    + "ORDER-NOT-VOLUNTEER; a team offer accepted by a non-member 403 ORDER-NOT-TEAM-MEMBER.")
    @APIResponse(responseCode = "200", description = "The accepted order",
            content = @Content(schema = @Schema(implementation = OrderDto.class)))
    public Response accept(@PathParam("id") String id) {
        return ok(service.accept(actor, orderId(id)));
    }

    @POST
    @Path("{id}/start")
    @Operation(summary = "Start serving, as the accepted volunteer",
            description = "Checks the volunteer in: a service record of the handling unit opens (activity = the "
                    + "order id). A volunteer checked in elsewhere at the time 422 R-REC-1.")
    @APIResponse(responseCode = "200", description = "The order in service, with its open service record",
            content = @Content(schema = @Schema(implementation = OrderDto.class)))
    public Response start(@PathParam("id") String id,
                          @Parameter(description = "The version read (ETag)")
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ServiceOrder started = service.start(actor, orderId(id), Inputs.expectedVersion(ifMatch));
        return ok(started, Optional.of(records.started(actor, started)));
    }

    @POST
    @Path("{id}/complete")
    @Operation(summary = "Complete with a short report, as the accepted volunteer",
            description = "Checks the volunteer out: the service record carries the minutes served, which count "
                    + "toward certificates.")
    @APIResponse(responseCode = "200", description = "The completed order, with its service record",
            content = @Content(schema = @Schema(implementation = OrderDto.class)))
    public Response complete(@PathParam("id") String id, @Valid @NotNull CompleteOrderDto body,
                             @Parameter(description = "The version read (ETag)")
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ServiceOrder completed = service.complete(actor, new CompleteOrder(orderId(id), body.report(),
                Inputs.expectedVersion(ifMatch)));
        return ok(completed, records.completed(actor, completed).or(() -> records.of(completed)));
    }

    @POST
    @Path("{id}/rate")
    @Operation(summary = "Rate a completed order (评单), as its requester, once (R-ORD-3)",
            description = "Anyone else 422 R-ORD-3; a second rating 409 ORDER-ALREADY-RATED; stars outside 1-5 400.")
    @APIResponse(responseCode = "200", description = "The rated order",
            content = @Content(schema = @Schema(implementation = OrderDto.class)))
    public Response rate(@PathParam("id") String id, @Valid @NotNull RateOrderDto body) {
        return ok(service.rate(actor, new RateOrder(orderId(id), new Rating(body.stars(), body.comment()))));
    }

    @POST
    @Path("{id}/consent-to-showcase")
    @Operation(summary = "Consent to being named in the showcase, as the accepted volunteer")
    @APIResponse(responseCode = "200", description = "The order with the consent",
            content = @Content(schema = @Schema(implementation = OrderDto.class)))
    public Response consentToShowcase(@PathParam("id") String id) {
        return ok(service.consentToShowcase(actor, orderId(id)));
    }

    @POST
    @Path("{id}/showcase")
    @Operation(summary = "Showcase a rated order (晒单; needs MANAGE_ACTIVITIES at the handling unit)",
            description = "Without the volunteer's consent 422 ORDER-NO-CONSENT.")
    @APIResponse(responseCode = "200", description = "The showcased order",
            content = @Content(schema = @Schema(implementation = OrderDto.class)))
    public Response showcase(@PathParam("id") String id,
                             @Parameter(description = "The version read (ETag)")
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.showcase(actor, orderId(id), Inputs.expectedVersion(ifMatch)));
    }

    private Response ok(ServiceOrder order) {
        return Response.ok(dto(listing.one(order))).tag(Versions.etag(order.version())).build();
    }

    /** The order with its service record, when the caller already holds it. */
    private Response ok(ServiceOrder order, Optional<ServiceRecord> record) {
        return Response.ok(OrderDto.of(order, actor.name(), item(order.item()), record, zone))
                .tag(Versions.etag(order.version())).build();
    }

    private OrderDto dto(OrderListing.Listed listed) {
        ServiceOrder order = listed.order();
        return OrderDto.of(order, actor.name(), item(order.item(), listed.menuItem()), listed.record(), zone);
    }

    private ShowcaseDto showcase(ServiceOrder o) {
        String volunteer = o.showcaseConsent()
                ? o.acceptedBy().flatMap(v -> volunteers.find(new VolunteerId(v))).map(Volunteer::realName).orElse(null)
                : null;
        return new ShowcaseDto(o.id().toString(), o.unit().toString(), item(o.item()), o.report().orElse(null),
                o.rating().map(r -> new RatingDto(r.stars(), r.comment())).orElse(null), volunteer,
                ApiTime.of(o.placedAt(), zone));
    }

    private ItemDto item(OrderItem item) {
        return item(item, item instanceof OrderItem.FromMenu m ? menuItems.find(m.item()) : Optional.empty());
    }

    private static ItemDto item(OrderItem item, Optional<MenuItem> menuItem) {
        return switch (item) {
            case OrderItem.FromMenu m -> new ItemDto("MENU", m.item().toString(),
                    menuItem.map(MenuItem::name).orElse(null));
            case OrderItem.Wish w -> new ItemDto("WISH", null, w.text());
        };
    }

    private static ServiceOrderId orderId(String id) {
        return Inputs.id(id, "id", ServiceOrderId::of);
    }
}
