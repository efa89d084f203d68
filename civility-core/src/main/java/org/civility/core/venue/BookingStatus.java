package org.civility.core.venue;

/**
 * Where a {@link Booking} is in its lifecycle:
 * {@code PENDING_APPROVAL -> CONFIRMED -> CLOSED}, or {@code -> CANCELLED} from either open state.
 */
public enum BookingStatus {
    /** Non-practice use waiting for the residents' committee (R-VEN-2); holds the slot. */
    PENDING_APPROVAL,
    /** May be used; holds the slot. */
    CONFIRMED,
    /** Rejected or cancelled; frees the slot. */
    CANCELLED,
    /** Used and closed after the full checklist (R-VEN-3); its slot stays occupied. */
    CLOSED;

    /** True if a booking in this status occupies its slot (R-VEN-5). */
    public boolean blocksSlot() {
        return this != CANCELLED;
    }

    /** True if the booking can still be approved, used or cancelled. */
    public boolean isOpen() {
        return this == PENDING_APPROVAL || this == CONFIRMED;
    }
}
