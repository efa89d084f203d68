/**
 * From caller principal to core {@link org.civility.core.access.Actor}: the default resolver over Civility's accounts and the request-scoped actor producer; the default linker of a self-registered volunteer to its account.
 */
package org.civility.web.security;
