/**
 * The JPA model of the append-only audit trail: {@code civ_audit_entry} and the units of each entry in
 * {@code civ_audit_entry_unit} (V20.2). Entries are inserted and read, never updated or deleted.
 */
package org.civility.persistence.audit;
