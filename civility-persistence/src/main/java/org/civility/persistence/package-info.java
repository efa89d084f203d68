/**
 * The EclipseLink (JPA 3.2) adapter of civility-core. Each aggregate has its own JPA model and a
 * package-private mapper; repositories implement the core ports and run inside the caller's
 * transaction (JTA in a container; {@link org.civility.persistence.ResourceLocalTransactions}
 * outside one). {@link org.civility.persistence.Migrations} owns the schema.
 */
package org.civility.persistence;
