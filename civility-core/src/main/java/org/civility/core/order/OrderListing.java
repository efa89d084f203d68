package org.civility.core.order;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civility.core.record.ServiceRecord;
import org.civility.core.record.ServiceRecordRepository;
import org.civility.core.shared.Page;

import static java.util.Objects.requireNonNull;

/**
 * What a list of orders shows beside each order: its menu item and its service record, read for the whole list at
 * once. Two reads for a page of any size (the menu items by id, the service records by the activity each keeps,
 * which for an order's session is the order's id), where reading them order by order took two or more per order.
 *
 * <p>An order's service record is the effective entry (not corrected since) of its accepted volunteer whose activity
 * is the order: the open session while serving, the closed entry once completed or closed as forgotten, the
 * correction once corrected. Orders nobody accepted have none.
 */
public final class OrderListing {

    /** An order with what its list shows beside it. */
    public record Listed(ServiceOrder order, Optional<MenuItem> menuItem, Optional<ServiceRecord> record) {

        public Listed {
            requireNonNull(order, "order");
            requireNonNull(menuItem, "menuItem");
            requireNonNull(record, "record");
        }
    }

    private final ServiceRecordRepository records;
    private final MenuItemRepository menu;

    public OrderListing(ServiceRecordRepository records, MenuItemRepository menu) {
        this.records = requireNonNull(records, "records");
        this.menu = requireNonNull(menu, "menu");
    }

    /** The page's orders with their menu items and service records, in the page's order. */
    public Page<Listed> of(Page<ServiceOrder> page) {
        requireNonNull(page, "page");
        return new Page<>(of(page.items()), page.offset(), page.hasMore());
    }

    /** The orders with their menu items and service records, in the given order. */
    public List<Listed> of(List<ServiceOrder> orders) {
        requireNonNull(orders, "orders");
        Map<MenuItemId, MenuItem> items = menu.findAll(orders.stream()
                        .map(ServiceOrder::item)
                        .<MenuItemId>mapMulti((item, out) -> {
                            if (item instanceof OrderItem.FromMenu m) {
                                out.accept(m.item());
                            }
                        })
                        .toList())
                .stream().collect(Collectors.toMap(MenuItem::id, Function.identity()));
        Map<UUID, ServiceRecord> sessions = sessions(orders);
        return orders.stream().map(o -> new Listed(o,
                o.item() instanceof OrderItem.FromMenu m ? Optional.ofNullable(items.get(m.item())) : Optional.empty(),
                Optional.ofNullable(sessions.get(o.id().value())))).toList();
    }

    /** One order with its menu item and service record. */
    public Listed one(ServiceOrder order) {
        return of(List.of(order)).getFirst();
    }

    /** The service record of one order, if it has one. */
    public Optional<ServiceRecord> recordOf(ServiceOrder order) {
        requireNonNull(order, "order");
        return Optional.ofNullable(sessions(List.of(order)).get(order.id().value()));
    }

    /** Per order id, the newest effective entry of its accepted volunteer whose activity is the order. */
    private Map<UUID, ServiceRecord> sessions(List<ServiceOrder> orders) {
        Map<UUID, UUID> volunteerOf = new HashMap<>();
        orders.forEach(o -> o.acceptedBy().ifPresent(v -> volunteerOf.put(o.id().value(), v)));
        Map<UUID, ServiceRecord> sessions = new HashMap<>();
        if (volunteerOf.isEmpty()) {
            return sessions;
        }
        // Ordered by start: a later entry of the same order (there should be one only) replaces an earlier one.
        for (ServiceRecord r : records.effectiveOfActivities(volunteerOf.keySet())) {
            UUID order = r.activity().orElseThrow();
            if (r.volunteer().value().equals(volunteerOf.get(order))) {
                sessions.put(order, r);
            }
        }
        return sessions;
    }
}
