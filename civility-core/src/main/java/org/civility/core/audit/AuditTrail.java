package org.civility.core.audit;

import java.time.Instant;
import java.util.Set;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;

/**
 * The append-only audit trail: entries are added, read, and never changed or removed (the port has no way to).
 * Implementations: {@code memory.InMemoryAuditTrail}, the JPA adapter.
 */
public interface AuditTrail {

    /**
     * Adds an entry.
     *
     * @throws CivilityException AUDIT-ENTRY-EXISTS if an entry with its id is there already (it is not replaced)
     */
    void append(AuditEntry entry);

    /**
     * Entries concerning any of {@code units} that happened in [{@code from}, {@code to}), each once, ordered by
     * time, then id (as text).
     */
    Page<AuditEntry> entries(Set<UnitId> units, Instant from, Instant to, PageRequest page);
}
