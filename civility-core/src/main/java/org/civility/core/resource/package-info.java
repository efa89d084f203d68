/**
 * The resource list (资源清单, DOMAIN §5): what volunteers and teams offer — skills, area (unit, grid, optional
 * place), weekly availability — kept as {@link org.civility.core.resource.ServiceOffer}s, one per volunteer or team,
 * active or withdrawn. Together with residents' orders (the demand list, 需求清单) and units' project menus (项目清单)
 * it is one of the three lists; {@link org.civility.core.resource.CandidateFinder} ranks active offers for an order
 * with {@link org.civility.core.matching}.
 */
package org.civility.core.resource;
