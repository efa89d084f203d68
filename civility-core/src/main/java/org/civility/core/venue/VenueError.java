package org.civility.core.venue;

import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.ErrorKind;

/** Codes of the venue feature. Rule codes equal the rule ids of DOMAIN §2. */
public enum VenueError implements ErrorCode {
    /** R-VEN-2: a pending (non-practice) booking cannot be used before the committee approves it. Args: booking, action. */
    AWAITING_APPROVAL("R-VEN-2", ErrorKind.RULE),
    /**
     * R-VEN-2 (clarified): the actor manages the venue but is not of the residents' committee, and no unit above
     * widened the approval to administrators (setting {@code venue.other-use-approvers}). Args: actor, approvers.
     */
    NOT_THE_COMMITTEE("R-VEN-2-APPROVER", ErrorKind.FORBIDDEN),
    /** R-VEN-3: a booking cannot close while checklist items are unsigned. Args: booking, unsigned. */
    CHECKLIST_INCOMPLETE("R-VEN-3", ErrorKind.RULE),
    /**
     * R-VEN-5: the slot overlaps a booking that holds it. Args: venue, requestedStart, requestedEnd,
     * conflictingBooking, conflictingStart, conflictingEnd.
     */
    DOUBLE_BOOKING("R-VEN-5", ErrorKind.CONFLICT),
    /** The booking is longer than the setting {@code venue.max-booking-hours} allows. Args: venue, minutes, maxHours. */
    TOO_LONG("VENUE-TOO-LONG", ErrorKind.RULE),
    /** A time slot does not end after it starts. Args: start, end. */
    SLOT_INVALID("VENUE-SLOT-INVALID", ErrorKind.INVALID),
    /** A venue must serve at least one platform. Args: venue. */
    NO_PLATFORM("VENUE-NO-PLATFORM", ErrorKind.INVALID),
    /** A capacity must be positive. Args: capacity. */
    CAPACITY_INVALID("VENUE-CAPACITY-INVALID", ErrorKind.INVALID),
    /** The venue is retired: no new bookings, no second retirement. Args: venue. */
    RETIRED("VENUE-RETIRED", ErrorKind.RULE),
    /** The booking's status does not allow the action. Args: booking, status, action. */
    BOOKING_STATE("VENUE-BOOKING-STATE", ErrorKind.RULE),
    /** The checklist item is signed already. Args: booking, item, signedBy. */
    ITEM_ALREADY_SIGNED("VENUE-ITEM-SIGNED", ErrorKind.RULE),
    /** A damage cost must be zero or more (in fen). Args: costInFen. */
    DAMAGE_COST_INVALID("VENUE-DAMAGE-COST", ErrorKind.INVALID),
    /** Restored state breaks an invariant (a corrupt row). Args: what, id, reason. */
    STATE_INVALID("VENUE-STATE-INVALID", ErrorKind.INVALID);

    private final String code;
    private final ErrorKind kind;

    VenueError(String code, ErrorKind kind) {
        this.code = code;
        this.kind = kind;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
