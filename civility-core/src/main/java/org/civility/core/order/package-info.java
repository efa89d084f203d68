/**
 * Resident orders (DOMAIN §5: 群众点单 → 中心派单 → 志愿者接单 → 群众评单 → 晒单): the {@link
 * org.civility.core.order.ServiceOrder} aggregate with its stepwise history, exactly one acceptance (R-ORD-1),
 * escalation of orders nobody takes in time (R-ORD-2, {@link org.civility.core.order.OrderEscalation}), rating by
 * the requester alone, once (R-ORD-3), and the duplicate-demand flag raised before dispatch.
 *
 * <p>An order carries a resident's name and needs: it is read only by those it concerns (requester, helper,
 * offered or accepting volunteer, offered team's members, volunteers who may grab it) and by the staff who handle
 * orders at its unit or above; it is offered only to volunteers and teams of the handling unit's subtree.
 */
package org.civility.core.order;
