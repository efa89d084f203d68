package org.civility.core.order;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.record.CheckIn;
import org.civility.core.record.CheckOut;
import org.civility.core.record.ServiceRecord;
import org.civility.core.record.ServiceRecordRepository;
import org.civility.core.record.ServiceRecordService;
import org.civility.core.volunteer.VolunteerId;

import static java.util.Objects.requireNonNull;

/**
 * Every served order yields a service record of its handling unit (DOMAIN §6, 谁组织谁记录): when the accepted
 * volunteer starts, they are checked in (activity = the order id, description = the menu item's name or the wish);
 * when they complete, checked out, so the minutes served count toward certificates like any other service time.
 * Runs in the caller's transaction right after the order step, through {@link ServiceRecordService} (its overlap
 * rule R-REC-1 applies: a volunteer checked in elsewhere cannot start an order).
 *
 * <p>Accepting an order of a unit makes the volunteer serve for that unit; the records are kept as the volunteer,
 * with a volunteer's grant at the handling unit for the one call (an order escalated to the institute is recorded
 * there even though the volunteer's own role is at the station).
 */
public final class OrderRecords {

    /** The scheduled length of an order's session: an order open longer is closed as a forgotten check-out. */
    public static final Duration SESSION = Duration.ofHours(12);

    private final ServiceRecordService service;
    private final MenuItemRepository menu;
    private final OrderListing listing;

    public OrderRecords(ServiceRecordService service, ServiceRecordRepository records, MenuItemRepository menu) {
        this.service = requireNonNull(service, "service");
        this.menu = requireNonNull(menu, "menu");
        this.listing = new OrderListing(records, menu);
    }

    /** Checks the order's volunteer in at its handling unit, at the time the order was started. */
    public ServiceRecord started(Actor actor, ServiceOrder order) {
        requireNonNull(order, "order");
        VolunteerId volunteer = new VolunteerId(order.acceptedBy().orElseThrow());
        Instant at = stepTime(order, OrderAction.START);
        return service.checkIn(serving(actor, order), new CheckIn(volunteer, order.handlingUnit(),
                Optional.of(order.id().value()), describe(order), "", at, at.plus(SESSION), at, Optional.empty(),
                false));
    }

    /**
     * Checks the volunteer out at the time the order was completed; nothing when the session is no longer open
     * (closed as a forgotten check-out: an administrator makes the time up).
     */
    public Optional<ServiceRecord> completed(Actor actor, ServiceOrder order) {
        requireNonNull(order, "order");
        Instant at = stepTime(order, OrderAction.COMPLETE);
        return session(order).filter(ServiceRecord::isOpen)
                .map(s -> service.checkOut(serving(actor, order), new CheckOut(s.id(), at)));
    }

    /** The order's effective service record (the closed entry once completed, the open session while serving). */
    public Optional<ServiceRecord> of(ServiceOrder order) {
        requireNonNull(order, "order");
        return session(order);
    }

    private Optional<ServiceRecord> session(ServiceOrder order) {
        return listing.recordOf(order);
    }

    private String describe(ServiceOrder order) {
        return switch (order.item()) {
            case OrderItem.FromMenu m -> menu.find(m.item()).map(MenuItem::name).orElse(m.item().toString());
            case OrderItem.Wish w -> w.text();
        };
    }

    private static Actor serving(Actor actor, ServiceOrder order) {
        Set<RoleGrant> grants = new HashSet<>(actor.grants());
        grants.add(new RoleGrant(Role.VOLUNTEER, order.handlingUnit()));
        return new Actor(actor.name(), grants, actor.volunteerId());
    }

    private static Instant stepTime(ServiceOrder order, OrderAction action) {
        return order.history().reversed().stream().filter(s -> s.action() == action).findFirst()
                .orElseThrow(() -> new IllegalStateException("order " + order.id() + " has no " + action + " step"))
                .at();
    }
}
