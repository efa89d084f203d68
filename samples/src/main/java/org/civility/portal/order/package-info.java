/** Resident orders in the portal: the schedule that escalates orders nobody took in time (R-ORD-2). */
package org.civility.portal.order;
