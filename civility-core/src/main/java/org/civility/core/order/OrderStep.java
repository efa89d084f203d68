package org.civility.core.order;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/** One step of an order's history: what was done, by whom, when, and why (empty note when there is no reason). */
public record OrderStep(OrderAction action, String actor, Instant at, String note) {

    public OrderStep {
        requireNonNull(action, "action");
        actor = Texts.require(actor, "actor", 100);
        requireNonNull(at, "at");
        note = Texts.optional(note, "note", ServiceOrder.MAX_TEXT);
    }
}
