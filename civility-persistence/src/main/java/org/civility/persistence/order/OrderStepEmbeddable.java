package org.civility.persistence.order;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One step of an order's history, as a row of {@code civ_service_order_step}. */
@Embeddable
public class OrderStepEmbeddable {

    @Column(name = "step_action", nullable = false, length = 24)
    String action;

    @Column(name = "actor", nullable = false, length = 100)
    String actor;

    @Column(name = "taken_at", nullable = false)
    Instant at;

    @Column(name = "note", length = 2000)
    String note;

    protected OrderStepEmbeddable() {
    }

    OrderStepEmbeddable(String action, String actor, Instant at, String note) {
        this.action = action;
        this.actor = actor;
        this.at = at;
        this.note = note;
    }
}
