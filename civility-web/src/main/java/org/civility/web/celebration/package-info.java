/**
 * REST resources of the celebration feature (庆): {@code v1/festivals}, {@code v1/units/{id}/festival-plan}
 * and {@code v1/ceremonies} (R-CELE-1 → 422 listing every breached limit).
 */
package org.civility.web.celebration;
