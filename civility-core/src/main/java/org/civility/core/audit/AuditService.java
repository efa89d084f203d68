package org.civility.core.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.assistance.CareRecipientId;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.spi.IdSource;

import static java.util.Objects.requireNonNull;

/**
 * Reads the audit trail of a subtree and records reads of care recipients' details. Account changes are recorded
 * by {@code account.AccountService} itself.
 *
 * <p>Reading needs {@link Permission#VIEW_AUDIT_TRAIL} at the subtree's root (heads hold it; administrators do not,
 * since the trail records what administrators do). A period is at most {@value #MAX_DAYS} days.
 */
public final class AuditService {

    /** The longest period one query covers. */
    public static final int MAX_DAYS = 366;

    private final AuditTrail trail;
    private final UnitRepository units;
    private final AccessControl access;
    private final Clock clock;
    private final IdSource ids;

    public AuditService(AuditTrail trail, UnitRepository units, AccessControl access, Clock clock, IdSource ids) {
        this.trail = requireNonNull(trail, "trail");
        this.units = requireNonNull(units, "units");
        this.access = requireNonNull(access, "access");
        this.clock = requireNonNull(clock, "clock");
        this.ids = requireNonNull(ids, "ids");
    }

    /**
     * The entries concerning {@code root} or any unit below it that happened in [{@code from}, {@code to}),
     * oldest first.
     *
     * @throws CivilityException ACCESS-DENIED; NOT-FOUND for an unknown unit; AUDIT-PERIOD when {@code to} is not
     *                           after {@code from} or the period is longer than {@value #MAX_DAYS} days
     */
    public Page<AuditEntry> entries(Actor actor, UnitId root, Instant from, Instant to, PageRequest page) {
        requireNonNull(root, "root");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(page, "page");
        access.require(actor, Permission.VIEW_AUDIT_TRAIL, root);
        if (!to.isAfter(from) || Duration.between(from, to).toDays() > MAX_DAYS) {
            throw CivilityException.of(AuditError.PERIOD_INVALID, "from", from, "to", to, "maxDays", MAX_DAYS);
        }
        Unit top = units.find(root).orElseThrow(
                () -> CivilityException.of(SharedError.NOT_FOUND, "what", "unit", "id", root));
        Set<UnitId> subtree = new LinkedHashSet<>();
        units.subtree(top).forEach(u -> subtree.add(u.id()));
        return trail.entries(subtree, from, to, page);
    }

    /**
     * Records that {@code reader} read a care recipient's personal details at {@code unit} (the recipient's unit).
     * The caller has already decided the read was allowed (R-HELP-1); this only keeps the trace.
     *
     * @return the entry appended
     */
    public AuditEntry recordCareRecipientRead(Actor reader, CareRecipientId recipient, UnitId unit) {
        requireNonNull(reader, "reader");
        requireNonNull(recipient, "recipient");
        requireNonNull(unit, "unit");
        AuditEntry entry = new AuditEntry(new AuditEntryId(ids.nextId()), clock.instant(), reader.name(),
                AuditAction.CARE_RECIPIENT_READ, recipient.toString(), "", Set.of(unit), "");
        trail.append(entry);
        return entry;
    }
}
