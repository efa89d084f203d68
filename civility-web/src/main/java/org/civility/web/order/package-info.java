/**
 * The resident-order API (群众点单 → 中心派单 → 志愿者接单 → 群众评单 → 晒单): {@code /api/v1/menu-items} (a unit's
 * project menu, 项目清单) and {@code /api/v1/orders} (placing, review with the duplicate-demand check, rejection with
 * a reason only the requester sees, offers that may be declined, grabbing, exactly one acceptance (R-ORD-1),
 * serving with a service record, rating by the requester once (R-ORD-3) and the showcase, naming a volunteer only
 * with their consent). Rules and access are core's {@code OrderService} and {@code MenuService}; escalation
 * (R-ORD-2) runs in the portal's schedule. Also produces the ports and the order settings.
 */
package org.civility.web.order;
