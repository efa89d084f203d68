package org.civility.web.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.civility.core.access.AccessControl;
import org.civility.core.governance.PolicySettings;
import org.civility.core.order.MenuItemRepository;
import org.civility.core.order.MenuService;
import org.civility.core.order.OrderEscalation;
import org.civility.core.order.OrderListing;
import org.civility.core.order.OrderRecords;
import org.civility.core.order.OrderService;
import org.civility.core.order.OrderSettings;
import org.civility.core.order.ServiceOrderRepository;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.record.ServiceRecordRepository;
import org.civility.core.record.ServiceRecordService;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.team.TeamRepository;
import org.civility.core.volunteer.VolunteerRepository;
import org.civility.web.support.FeatureSettings;

import java.time.Clock;

/**
 * Produces the {@link ServiceOrderRepository} and {@link MenuItemRepository} ports (on the container's persistence
 * context, so they join the caller's transaction), {@link OrderService}, {@link MenuService}, the escalation
 * ({@link OrderEscalation}, R-ORD-2), {@link OrderRecords} (served orders as service records) and the order
 * settings.
 */
@ApplicationScoped
public class OrderProducers {

    @Produces
    public OrderService orderService(ServiceOrderRepository orders, TeamRepository teams, VolunteerRepository volunteers,
                                     AccessControl access, PolicySettings settings, Clock clock, IdSource ids,
                                     EventPublisher events) {
        return new OrderService(orders, teams, volunteers, access, settings, clock, ids, events);
    }

    @Produces
    public MenuService menuService(MenuItemRepository items, AccessControl access, IdSource ids) {
        return new MenuService(items, access, ids);
    }

    @Produces
    public OrderEscalation orderEscalation(ServiceOrderRepository orders, UnitRepository units,
                                           PolicySettings settings, EventPublisher events) {
        return new OrderEscalation(orders, units, settings, events);
    }

    @Produces
    public OrderRecords orderRecords(ServiceRecordService service, ServiceRecordRepository records,
                                     MenuItemRepository items) {
        return new OrderRecords(service, records, items);
    }

    @Produces
    public OrderListing orderListing(ServiceRecordRepository records, MenuItemRepository items) {
        return new OrderListing(records, items);
    }

    @Produces
    public FeatureSettings orderSettings() {
        return FeatureSettings.of("order", OrderSettings.ACCEPT_WITHIN_HOURS, OrderSettings.DUPLICATE_WINDOW_DAYS);
    }
}
