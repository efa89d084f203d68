package org.civility.core.order;

import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.ErrorKind;

/** Codes of the order feature. Rule codes equal the rule ids of DOMAIN §5. */
public enum OrderError implements ErrorCode {
    /** R-ORD-1: the order has been accepted already. Args: order, acceptedBy. */
    ALREADY_ACCEPTED("ORDER-ALREADY-ACCEPTED", ErrorKind.CONFLICT),
    /** R-ORD-3: only the requester rates, once. Args: order, actor. */
    NOT_THE_REQUESTER("R-ORD-3", ErrorKind.RULE),
    /** R-ORD-3: the order is rated already. Args: order. */
    ALREADY_RATED("ORDER-ALREADY-RATED", ErrorKind.CONFLICT),
    /** The order's status does not allow the step. Args: order, status, action. */
    ILLEGAL_TRANSITION("ORDER-STATE", ErrorKind.RULE),
    /** The actor is not the volunteer the order is offered to or accepted by. Args: order, actor. */
    NOT_THE_VOLUNTEER("ORDER-NOT-VOLUNTEER", ErrorKind.FORBIDDEN),
    /** The same item was ordered for the same recipient within the window; confirm to go on. Args: order, duplicateOf, days. */
    DUPLICATE_DEMAND("ORDER-DUPLICATE", ErrorKind.RULE),
    /** Showcasing without the volunteer's consent. Args: order. */
    NO_SHOWCASE_CONSENT("ORDER-NO-CONSENT", ErrorKind.RULE),
    /** A text is blank or too long. Args: field, max. */
    TEXT_INVALID("ORDER-TEXT-INVALID", ErrorKind.INVALID),
    /** Stars outside 1..5. Args: stars. */
    STARS_INVALID("ORDER-STARS-INVALID", ErrorKind.INVALID),
    /** A team offer is accepted or declined by a volunteer outside the team. Args: order, actor, team. */
    NOT_TEAM_MEMBER("ORDER-NOT-TEAM-MEMBER", ErrorKind.FORBIDDEN),
    /** The menu item is withdrawn or belongs to another unit's menu. Args: item, unit. */
    ITEM_UNAVAILABLE("ORDER-ITEM-UNAVAILABLE", ErrorKind.RULE),
    /** Restored state breaks an invariant (a corrupt row). Args: what, id, reason. */
    STATE_INVALID("ORDER-STATE-INVALID", ErrorKind.INVALID);

    private final String code;
    private final ErrorKind kind;

    OrderError(String code, ErrorKind kind) {
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
