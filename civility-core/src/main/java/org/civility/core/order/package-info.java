/**
 * Resident orders (DOMAIN §5: 群众点单 → 中心派单 → 志愿者接单 → 群众评单 → 晒单): the {@link
 * org.civility.core.order.ServiceOrder} aggregate with its stepwise history, exactly one acceptance (R-ORD-1),
 * escalation of orders nobody takes in time (R-ORD-2, {@link org.civility.core.order.OrderEscalation}), rating by
 * the requester alone, once (R-ORD-3), and the duplicate-demand flag raised before dispatch.
 */
package org.civility.core.order;
