/**
 * What an embedding portal provides to core: repositories (declared beside their aggregates),
 * identities ({@link org.civility.core.spi.IdSource}), the clock ({@link java.time.Clock}) and
 * the way domain events leave ({@link org.civility.core.spi.EventPublisher}). Core ships
 * in-memory implementations of every repository so a portal can start with no database at all.
 */
package org.civility.core.spi;
