package org.civility.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.civility.core.shared.DomainEvent;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Produces the ports core needs from the container: the clock (in the configured zone,
 * {@code civility.zone}, Asia/Shanghai by default), identities and the event publisher that
 * fires every domain event as a CDI event, so a portal can {@code @Observes VenueBooked}.
 * A portal replaces any of them with a CDI alternative.
 */
@ApplicationScoped
public class Infrastructure {

    @Inject
    @ConfigProperty(name = "civility.zone", defaultValue = "Asia/Shanghai")
    String zone;

    @Inject
    Event<DomainEvent> events;

    /** Dependent: {@link ZoneId} is sealed, so a normal-scoped producer could not be proxied (WELD-001490). */
    @Produces
    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    @Produces
    public Clock clock() {
        return Clock.system(ZoneId.of(zone));
    }

    @Produces
    public IdSource ids() {
        return IdSource.random();
    }

    @Produces
    public EventPublisher publisher() {
        // CDI resolves observers by the runtime type of the event object.
        return events::fire;
    }
}
