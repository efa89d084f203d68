/**
 * The JPA model of assistance (帮): {@code civ_care_recipient} (guardian as nullable columns),
 * {@code civ_care_pairing} with {@code civ_care_pairing_volunteer} and {@code civ_care_pairing_visit}.
 * Full ID and phone numbers are stored; entities print ids only, so personal details never reach a log.
 */
package org.civility.persistence.assistance;
