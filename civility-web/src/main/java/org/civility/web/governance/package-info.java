/**
 * REST adapter of {@link org.civility.core.governance}: {@code /api/v1/units/{id}/settings}, the
 * settings in force at a unit and the unit's own values (tighten only: GOV-LOOSEN).
 */
package org.civility.web.governance;
