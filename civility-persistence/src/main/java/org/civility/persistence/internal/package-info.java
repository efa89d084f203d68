/** Helpers shared by the JPA repositories; not part of the public API. */
package org.civility.persistence.internal;
