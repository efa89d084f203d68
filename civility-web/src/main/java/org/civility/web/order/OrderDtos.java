package org.civility.web.order;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civility.core.order.AssigneeKind;
import org.civility.core.order.MenuItem;
import org.civility.core.order.OrderAction;
import org.civility.core.order.OrderStatus;
import org.civility.core.order.OrderStep;
import org.civility.core.order.ServiceOrder;
import org.civility.core.order.ServiceOrderId;
import org.civility.core.record.ServiceRecord;
import org.civility.web.support.ApiTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** What the order and menu API reads and writes. */
public final class OrderDtos {

    private OrderDtos() {
    }

    @Schema(name = "ListMenuItem", description = "A new item of a unit's project menu (项目清单)")
    public record ListMenuItemDto(
            @Schema(description = "Id of the unit whose menu it joins") @NotBlank String unit,
            @Schema(examples = "理发") @NotBlank @Size(max = 200) String name,
            @Size(max = ServiceOrder.MAX_TEXT) String description,
            @Schema(description = "Skills a volunteer needs to serve it, used to rank candidates; none: anyone can",
                    examples = "[\"理发\"]") List<String> skills) {
    }

    @Schema(name = "DescribeMenuItem", description = "A menu item's new name and description")
    public record DescribeMenuItemDto(
            @NotBlank @Size(max = 200) String name,
            @Size(max = ServiceOrder.MAX_TEXT) String description,
            @Schema(description = "Skills a volunteer needs to serve it; absent: unchanged") List<String> skills) {
    }

    @Schema(name = "MenuItem", description = "An item of a unit's project menu; withdrawn items cannot be ordered")
    public record MenuItemDto(String id, String unit, String name, String description, List<String> skills,
                              boolean active, long version) {

        static MenuItemDto of(MenuItem i) {
            return new MenuItemDto(i.id().toString(), i.unit().toString(), i.name(), i.description(),
                    i.skills().stream().sorted().toList(), i.active(), i.version());
        }
    }

    @Schema(name = "PlaceOrder", description = "An order (点单): exactly one of menuItem and wish (微心愿). "
            + "With onBehalfOf a station helper places it for a resident without a phone.")
    public record PlaceOrderDto(
            @Schema(description = "Id of the unit (station) the order is placed at") @NotBlank String unit,
            @Schema(description = "Id of an active item of that unit's menu") String menuItem,
            @Schema(description = "A free-form wish not on the menu", examples = "想要一副老花镜")
            @Size(max = ServiceOrder.MAX_TEXT) String wish,
            @Size(max = ServiceOrder.MAX_TEXT) String description,
            @Schema(description = "Who is served; defaults to the requester") @Size(max = ServiceOrder.MAX_NAME)
            String recipient,
            @Schema(description = "The resident's name when a helper (PLACE_ORDERS_FOR_RESIDENTS) places for them")
            @Size(max = ServiceOrder.MAX_NAME) String onBehalfOf) {
    }

    @Schema(name = "ReviewOrder", description = "Review of a placed order; a flagged duplicate passes only confirmed")
    public record ReviewOrderDto(@Size(max = ServiceOrder.MAX_TEXT) String note, boolean confirmDuplicate) {
    }

    @Schema(name = "OrderReason", description = "A reason: why an order is rejected or an offer declined")
    public record ReasonDto(@NotBlank @Size(max = ServiceOrder.MAX_TEXT) String reason) {
    }

    @Schema(name = "OfferOrder", description = "Whom to offer the order to (派单): a volunteer or a team, by id")
    public record OfferOrderDto(@NotNull AssigneeKind kind, @NotBlank String id) {
    }

    @Schema(name = "CompleteOrder", description = "The serving volunteer's short report")
    public record CompleteOrderDto(@NotBlank @Size(max = ServiceOrder.MAX_TEXT) String report) {
    }

    @Schema(name = "RateOrder", description = "The requester's rating (评单)")
    public record RateOrderDto(@NotNull @Min(1) @Max(5) Integer stars, @Size(max = ServiceOrder.MAX_TEXT) String comment) {
    }

    @Schema(name = "OrderItem", description = "What is ordered: a menu item (kind MENU, with its name) or a wish")
    public record ItemDto(String kind, String menuItem, String name) {
    }

    @Schema(name = "OrderAssignee", description = "The volunteer or team an order is offered to")
    public record AssigneeDto(AssigneeKind kind, String id) {
    }

    @Schema(name = "OrderRating", description = "1 to 5 stars and a comment")
    public record RatingDto(int stars, String comment) {
    }

    @Schema(name = "OrderStep", description = "A step of the order's history; a rejection's reason only for the requester")
    public record StepDto(OrderAction action, String actor, OffsetDateTime at, String note) {

        static StepDto of(OrderStep s, ZoneId zone) {
            return new StepDto(s.action(), s.actor(), ApiTime.of(s.at(), zone), s.note());
        }
    }

    @Schema(name = "OrderServiceRecord", description = "The service record the served order yielded at its handling "
            + "unit: open while serving, with the minutes served once completed")
    public record ServiceRecordDto(String id, String unit, OffsetDateTime start, OffsetDateTime end, int minutes,
                                   boolean open) {

        static ServiceRecordDto of(ServiceRecord r, ZoneId zone) {
            return new ServiceRecordDto(r.id().toString(), r.unit().toString(), ApiTime.of(r.start(), zone),
                    ApiTime.of(r.end().orElse(null), zone), r.minutes(), r.isOpen());
        }
    }

    @Schema(name = "Order", description = "A resident's order as the viewer may see it: the rejection reason and its "
            + "history note only for the requester (or the helper who placed it for them)")
    public record OrderDto(String id, String unit, String handlingUnit, String requester, String placedBy,
                           boolean placedOnBehalf, String recipient, ItemDto item, String description,
                           OffsetDateTime placedAt, OffsetDateTime waitingSince, OrderStatus status,
                           AssigneeDto offeredTo, String acceptedBy, String rejectionReason, String report,
                           RatingDto rating, boolean showcaseConsent, String duplicateOf, boolean duplicateConfirmed,
                           List<StepDto> history, ServiceRecordDto serviceRecord, long version) {

        static OrderDto of(ServiceOrder o, String viewer, ItemDto item, Optional<ServiceRecord> record, ZoneId zone) {
            return new OrderDto(o.id().toString(), o.unit().toString(), o.handlingUnit().toString(), o.requester(),
                    o.placedBy(), o.placedOnBehalf(), o.recipient(), item, o.description(),
                    ApiTime.of(o.placedAt(), zone), ApiTime.of(o.waitingSince(), zone), o.status(),
                    o.offeredTo().map(a -> new AssigneeDto(a.kind(), a.id().toString())).orElse(null),
                    o.acceptedBy().map(Object::toString).orElse(null), o.rejectionReasonFor(viewer).orElse(null),
                    o.report().orElse(null), o.rating().map(r -> new RatingDto(r.stars(), r.comment())).orElse(null),
                    o.showcaseConsent(), o.duplicateOf().map(ServiceOrderId::toString).orElse(null),
                    o.duplicateConfirmed(), o.historyFor(viewer).stream().map(s -> StepDto.of(s, zone)).toList(),
                    record.map(r -> ServiceRecordDto.of(r, zone)).orElse(null), o.version());
        }
    }

    @Schema(name = "ShowcasedOrder", description = "A showcased order (晒单): what was served, the report and the "
            + "rating; the volunteer is named only with their consent; the recipient is never named")
    public record ShowcaseDto(String id, String unit, ItemDto item, String report, RatingDto rating,
                              String volunteer, OffsetDateTime placedAt) {
    }
}
