/** JPA adapter of service records: one append-only row per entry ({@code civ_service_record}). */
package org.civility.persistence.record;
