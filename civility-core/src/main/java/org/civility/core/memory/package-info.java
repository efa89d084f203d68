/**
 * In-memory implementations of the repository ports, so a portal (or a test) can run core with no
 * database. Each is thread-safe, stores snapshots rebuilt through the aggregate's {@code restore}
 * and bumps versions like the JPA adapter does.
 */
package org.civility.core.memory;
