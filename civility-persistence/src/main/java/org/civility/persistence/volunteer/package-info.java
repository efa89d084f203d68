/**
 * The JPA model of volunteers: {@code civ_volunteer} (guardian consent as nullable columns, the
 * resident ID number unique) and {@code civ_volunteer_skill}. Full ID and phone numbers are
 * stored, because certificates need them, but entities print ids only and errors carry masked
 * numbers, so personal data never reaches a log.
 */
package org.civility.persistence.volunteer;
