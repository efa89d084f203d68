/**
 * Dashboards (看板): read models that sum up a unit's month from the other features' stores, computed on demand and
 * never stored. {@link org.civility.core.dashboard.MonthDashboard} is a unit's month at a glance (activities by
 * practice form 讲评帮乐庆 and by theme, lecture compliance R-LECT-1, orders by status, overdue care visits R-HELP-1,
 * volunteer hours); {@link org.civility.core.dashboard.UnitOverview} is the subtree of an institute or center
 * (stations by lectures and activities, orders escalated by R-ORD-2). Both need VIEW at the unit; the overdue
 * visits only show for those who may read the care report (MANAGE_CARE or VIEW_CARE_DETAILS).
 */
package org.civility.core.dashboard;
