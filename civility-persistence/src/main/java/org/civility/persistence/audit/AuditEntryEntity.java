package org.civility.persistence.audit;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** One audit entry, as stored (V20.2); its units in {@code civ_audit_entry_unit}. Never updated. */
@Entity
@Table(name = "civ_audit_entry")
public class AuditEntryEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    Instant recordedAt;

    @Column(name = "actor", nullable = false, length = 64, updatable = false)
    String actor;

    @Column(name = "action", nullable = false, length = 32, updatable = false)
    String action;

    @Column(name = "subject", nullable = false, length = 64, updatable = false)
    String subject;

    @Column(name = "subject_name", length = 64, updatable = false)
    String subjectName;

    @Column(name = "detail", length = 200, updatable = false)
    String detail;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_audit_entry_unit", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "unit_id", nullable = false, length = 36)
    Set<String> unitIds = new HashSet<>();

    protected AuditEntryEntity() {
    }

    AuditEntryEntity(String id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "AuditEntryEntity[" + id + " " + action + "]";
    }
}
