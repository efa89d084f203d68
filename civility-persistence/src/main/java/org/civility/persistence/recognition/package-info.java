/** JPA adapter of the recognition feature: the points ledger ({@code civ_points_entry}). */
package org.civility.persistence.recognition;
