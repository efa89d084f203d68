/**
 * REST resources of the dashboards: {@code v1/units/{id}/dashboard} (a unit's month) and
 * {@code v1/units/{id}/overview} (an institute's or center's subtree), read models computed by core's
 * {@link org.civility.core.dashboard.DashboardService}.
 */
package org.civility.web.dashboard;
