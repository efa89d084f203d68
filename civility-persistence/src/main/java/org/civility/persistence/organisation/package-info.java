/**
 * JPA adapter of {@link org.civility.core.organisation}: {@link org.civility.persistence.organisation.JpaUnitRepository}
 * stores a unit in {@code civ_unit} with its leadership seats, staff, grids and partners in child
 * tables ordered by {@code position}. The parent is a plain id column with a foreign key: units
 * never move and are never deleted, so no cascade is needed.
 */
package org.civility.persistence.organisation;
