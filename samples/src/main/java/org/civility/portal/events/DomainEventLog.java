package org.civility.portal.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.civility.core.shared.DomainEvent;

import java.util.logging.Logger;

/**
 * How a portal listens to Civility: every domain event arrives as a CDI event. This one writes an
 * audit line once the transaction that produced the event has committed; a portal would notify,
 * index or forward instead. Events carry ids, never personal data.
 */
@ApplicationScoped
public class DomainEventLog {

    private static final Logger LOG = Logger.getLogger(DomainEventLog.class.getName());

    void onEvent(@Observes(during = TransactionPhase.AFTER_SUCCESS) DomainEvent event) {
        LOG.info(() -> "civility event " + event);
    }
}
