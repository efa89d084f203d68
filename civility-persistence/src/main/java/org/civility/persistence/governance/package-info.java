/**
 * JPA adapter of {@link org.civility.core.governance}: the settings each unit has set, one row per
 * unit and name in {@code civ_policy_setting}. Values are validated by the core's governance service
 * before they are stored here.
 */
package org.civility.persistence.governance;
