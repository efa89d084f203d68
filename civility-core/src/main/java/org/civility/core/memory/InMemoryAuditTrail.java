package org.civility.core.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civility.core.audit.AuditEntry;
import org.civility.core.audit.AuditEntryId;
import org.civility.core.audit.AuditError;
import org.civility.core.audit.AuditTrail;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;

import static java.util.Objects.requireNonNull;

/** The audit trail in memory: entries are records, so they are kept as they are. Thread-safe. */
public final class InMemoryAuditTrail implements AuditTrail {

    private static final Comparator<AuditEntry> BY_TIME_THEN_ID =
            Comparator.comparing(AuditEntry::at).thenComparing(e -> e.id().toString());

    private final Map<AuditEntryId, AuditEntry> entries = new LinkedHashMap<>();

    @Override
    public synchronized void append(AuditEntry entry) {
        requireNonNull(entry, "entry");
        if (entries.containsKey(entry.id())) {
            throw CivilityException.of(AuditError.ENTRY_EXISTS, "id", entry.id());
        }
        entries.put(entry.id(), entry);
    }

    @Override
    public synchronized Page<AuditEntry> entries(Set<UnitId> units, Instant from, Instant to, PageRequest page) {
        requireNonNull(units, "units");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        List<AuditEntry> found = new ArrayList<>();
        for (AuditEntry e : entries.values()) {
            if (!e.at().isBefore(from) && e.at().isBefore(to) && e.units().stream().anyMatch(units::contains)) {
                found.add(e);
            }
        }
        found.sort(BY_TIME_THEN_ID);
        return Page.of(found, page);
    }
}
