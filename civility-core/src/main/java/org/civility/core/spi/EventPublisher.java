package org.civility.core.spi;

import org.civility.core.shared.DomainEvent;

/**
 * Carries domain events out of core. The web adapter fires them as CDI events; an embedding
 * portal without CDI passes its own. Core never knows who listens.
 */
@FunctionalInterface
public interface EventPublisher {

    void publish(DomainEvent event);

    /** Drops every event. */
    static EventPublisher none() {
        return event -> { };
    }
}
