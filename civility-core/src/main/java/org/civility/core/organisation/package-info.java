/**
 * The practice network (DOMAIN §1): centers, institutes, stations, points and bases as
 * {@link org.civility.core.organisation.Unit}s in a tree whose shape follows the tiers (R-ORG-1),
 * each station with its leadership (R-ORG-2), staff, grids and partner organisations.
 *
 * <p>Units are founded under a parent of the right tier and then changed only through their
 * verbs; they never move and are never deleted. {@link org.civility.core.organisation.OrganisationService}
 * checks access ({@code MANAGE_UNITS} at the unit, or at the parent when founding), stores and
 * publishes events; {@link org.civility.core.organisation.RepositoryUnitHierarchy} gives access
 * control its view of the tree.
 */
package org.civility.core.organisation;
