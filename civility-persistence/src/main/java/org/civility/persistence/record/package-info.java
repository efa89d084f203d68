/**
 * JPA adapter of service records: one append-only row per entry ({@code civ_service_record}); check-in codes
 * ({@code civ_check_in_code}) and the check-ins made with them ({@code civ_check_in_code_use}).
 */
package org.civility.persistence.record;
