package org.civility.core.order;

/** Where a {@link ServiceOrder} stands. */
public enum OrderStatus {
    PLACED, REVIEWED, REJECTED, OFFERED, OPEN_FOR_GRABS, ACCEPTED, IN_SERVICE, COMPLETED, RATED, SHOWCASED;

    /** Waiting for someone to take it (R-ORD-2 counts the time in these states). */
    public boolean unaccepted() {
        return this == PLACED || this == REVIEWED || this == OFFERED || this == OPEN_FOR_GRABS;
    }
}
