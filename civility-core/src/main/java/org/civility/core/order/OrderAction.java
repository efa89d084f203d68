package org.civility.core.order;

/** A step of an order's history. DECLINE returns an offered order to REVIEWED; ESCALATE moves its handling unit up. */
public enum OrderAction {
    PLACE, REVIEW, REJECT, OFFER, DECLINE, OPEN_FOR_GRABS, ACCEPT, START, COMPLETE, RATE, CONSENT_TO_SHOWCASE,
    SHOWCASE, ESCALATE
}
