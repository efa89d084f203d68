package org.civility.persistence.audit;

import org.civility.persistence.IntegrityViolations;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.civility.core.audit.AuditAction;
import org.civility.core.audit.AuditEntry;
import org.civility.core.audit.AuditEntryId;
import org.civility.core.audit.AuditError;
import org.civility.core.audit.AuditTrail;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.persistence.internal.Pages;

import static java.util.Objects.requireNonNull;

/**
 * {@link AuditTrail} over JPA ({@code civ_audit_entry}, {@code civ_audit_entry_unit}); runs in the caller's
 * transaction, so an entry is written with the change it records or not at all. Only inserts and reads: there is
 * no code here that updates or deletes an entry.
 */
public class JpaAuditTrail implements AuditTrail {

    private final EntityManager em;

    public JpaAuditTrail(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public void append(AuditEntry entry) {
        requireNonNull(entry, "entry");
        String id = entry.id().toString();
        if (em.find(AuditEntryEntity.class, id) != null) {
            throw exists(entry);
        }
        AuditEntryEntity e = new AuditEntryEntity(id);
        e.recordedAt = entry.at();
        e.actor = entry.actor();
        e.action = entry.action().name();
        e.subject = entry.subject();
        e.subjectName = entry.subjectName().isEmpty() ? null : entry.subjectName();
        e.detail = entry.detail().isEmpty() ? null : entry.detail();
        entry.units().forEach(u -> e.unitIds.add(u.toString()));
        em.persist(e);
        try {
            em.flush();
        } catch (PersistenceException ex) {
            if (IntegrityViolations.in(ex)) {
                throw exists(entry);
            }
            throw ex;
        }
    }

    @Override
    public Page<AuditEntry> entries(Set<UnitId> units, Instant from, Instant to, PageRequest page) {
        requireNonNull(units, "units");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(page, "page");
        if (units.isEmpty()) {
            return new Page<>(List.of(), page.offset(), false);
        }
        return Pages.of(em.createQuery("select distinct e from AuditEntryEntity e join e.unitIds u"
                        + " where u in :units and e.recordedAt >= :from and e.recordedAt < :to"
                        + " order by e.recordedAt, e.id", AuditEntryEntity.class)
                .setParameter("units", units.stream().map(UnitId::toString).toList())
                .setParameter("from", from)
                .setParameter("to", to), page, JpaAuditTrail::toDomain);
    }

    private static AuditEntry toDomain(AuditEntryEntity e) {
        return new AuditEntry(AuditEntryId.of(e.id), e.recordedAt, e.actor, AuditAction.valueOf(e.action), e.subject,
                e.subjectName == null ? "" : e.subjectName,
                e.unitIds.stream().map(UnitId::of).collect(java.util.stream.Collectors.toSet()),
                e.detail == null ? "" : e.detail);
    }

    private static CivilityException exists(AuditEntry entry) {
        return CivilityException.of(AuditError.ENTRY_EXISTS, "id", entry.id());
    }

}
