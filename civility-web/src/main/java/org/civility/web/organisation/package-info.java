/**
 * REST adapter of {@link org.civility.core.organisation}: {@code /api/v1/units}, founding units
 * (R-ORG-1), reading them with an {@code ETag}, and changing name, leadership (R-ORG-2), staff, grids
 * and partners with {@code If-Match}. {@link org.civility.web.organisation.OrganisationProducers}
 * builds the service.
 */
package org.civility.web.organisation;
