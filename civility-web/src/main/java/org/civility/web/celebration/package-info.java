/**
 * REST resources of the celebration feature (庆): {@code v1/festivals}, {@code v1/units/{id}/festival-plan}
 * and {@code v1/ceremonies} (R-CELE-1: a ceremony over the limits is recorded, flagged and visited).
 */
package org.civility.web.celebration;
