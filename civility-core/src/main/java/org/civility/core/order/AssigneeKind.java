package org.civility.core.order;

/** Whom an order is offered to. */
public enum AssigneeKind {
    VOLUNTEER, TEAM
}
