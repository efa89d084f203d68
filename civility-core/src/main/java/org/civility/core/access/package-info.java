/**
 * Actors and authorization. An {@link org.civility.core.access.Actor} holds
 * {@link org.civility.core.access.Role}s at units; a role at a unit covers that unit's subtree and
 * nothing else. {@link org.civility.core.access.AccessControl} is consulted by every core service.
 */
package org.civility.core.access;
