/**
 * The shared kernel: error codes and their localised texts, {@link org.civility.core.shared.Decision}
 * and {@link org.civility.core.shared.Policy} for governance rules, domain events and paging.
 * Every other feature package may use it; it uses none of them.
 */
package org.civility.core.shared;
