package org.civility.persistence.order;

import java.util.Optional;
import java.util.UUID;

import org.civility.core.order.Assignee;
import org.civility.core.order.AssigneeKind;
import org.civility.core.order.MenuItemId;
import org.civility.core.order.OrderAction;
import org.civility.core.order.OrderItem;
import org.civility.core.order.OrderStatus;
import org.civility.core.order.OrderStep;
import org.civility.core.order.Rating;
import org.civility.core.order.ServiceOrder;
import org.civility.core.order.ServiceOrderId;
import org.civility.core.organisation.UnitId;

/** Maps service orders between the domain and the JPA model; empty texts are stored as NULL. */
final class ServiceOrderMapper {

    private ServiceOrderMapper() {
    }

    static ServiceOrder toDomain(ServiceOrderEntity e) {
        OrderItem item = e.menuItemId != null ? new OrderItem.FromMenu(MenuItemId.of(e.menuItemId))
                : new OrderItem.Wish(e.wish);
        return ServiceOrder.restore(ServiceOrderId.of(e.id), UnitId.of(e.unitId), UnitId.of(e.handlingUnitId),
                e.requester, e.placedBy, e.recipient, item, text(e.description), e.placedAt, e.waitingSince,
                OrderStatus.valueOf(e.status),
                e.offeredKind == null ? Optional.empty()
                        : Optional.of(new Assignee(AssigneeKind.valueOf(e.offeredKind), UUID.fromString(e.offeredId))),
                Optional.ofNullable(e.acceptedBy).map(UUID::fromString), Optional.ofNullable(e.rejectionReason),
                Optional.ofNullable(e.report),
                e.ratingStars == null ? Optional.empty() : Optional.of(new Rating(e.ratingStars, text(e.ratingComment))),
                e.showcaseConsent, Optional.ofNullable(e.duplicateOf).map(ServiceOrderId::of), e.duplicateConfirmed,
                e.history.stream().map(s -> new OrderStep(OrderAction.valueOf(s.action), s.actor, s.at, text(s.note)))
                        .toList(),
                e.version);
    }

    static void copy(ServiceOrder o, ServiceOrderEntity e) {
        e.unitId = o.unit().toString();
        e.handlingUnitId = o.handlingUnit().toString();
        e.requester = o.requester();
        e.placedBy = o.placedBy();
        e.recipient = o.recipient();
        switch (o.item()) {
            case OrderItem.FromMenu m -> {
                e.menuItemId = m.item().toString();
                e.wish = null;
            }
            case OrderItem.Wish w -> {
                e.menuItemId = null;
                e.wish = w.text();
            }
        }
        e.description = nullIfEmpty(o.description());
        e.placedAt = o.placedAt();
        e.waitingSince = o.waitingSince();
        e.status = o.status().name();
        e.offeredKind = o.offeredTo().map(a -> a.kind().name()).orElse(null);
        e.offeredId = o.offeredTo().map(a -> a.id().toString()).orElse(null);
        e.acceptedBy = o.acceptedBy().map(UUID::toString).orElse(null);
        e.rejectionReason = o.rejectionReason().orElse(null);
        e.report = o.report().orElse(null);
        e.ratingStars = o.rating().map(Rating::stars).orElse(null);
        e.ratingComment = o.rating().map(r -> nullIfEmpty(r.comment())).orElse(null);
        e.showcaseConsent = o.showcaseConsent();
        e.duplicateOf = o.duplicateOf().map(ServiceOrderId::toString).orElse(null);
        e.duplicateConfirmed = o.duplicateConfirmed();
        // Steps are only ever appended: keep the stored rows and add the new ones.
        for (int i = e.history.size(); i < o.history().size(); i++) {
            OrderStep s = o.history().get(i);
            e.history.add(new OrderStepEmbeddable(s.action().name(), s.actor(), s.at(), nullIfEmpty(s.note())));
        }
    }

    private static String text(String nullable) {
        return nullable == null ? "" : nullable;
    }

    private static String nullIfEmpty(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
