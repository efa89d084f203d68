package org.civility.core.audit;

import java.time.Instant;
import java.util.Set;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;

import static java.util.Objects.requireNonNull;

/**
 * One line of the append-only audit trail: who did what, when, to which account (or care recipient), at which
 * units. Never holds a secret: no password, no hash, no one-time password, no personal details beyond the names
 * staff see anyway. Once appended an entry is never changed or removed.
 *
 * @param id          the entry's identity
 * @param at          when it happened
 * @param actor       who did it (the actor's name), 1..{@value #MAX_NAME} characters
 * @param action      what was done
 * @param subject     the id of the account or care recipient it was done to (as text), 1..{@value #MAX_NAME}
 * @param subjectName the account's username, or empty (a care recipient's name stays out of the trail)
 * @param units       the units it concerns, at least one: the granted role's unit, the units of every role of an
 *                    account changed as a whole, a care recipient's unit. A head of any of them (or above) reads it.
 * @param detail      a short note without secrets (the role granted, the credential kind), at most
 *                    {@value #MAX_DETAIL} characters, possibly empty
 */
public record AuditEntry(AuditEntryId id, Instant at, String actor, AuditAction action, String subject,
                         String subjectName, Set<UnitId> units, String detail) {

    public static final int MAX_NAME = 64;
    public static final int MAX_DETAIL = 200;

    public AuditEntry {
        requireNonNull(id, "id");
        requireNonNull(at, "at");
        requireNonNull(action, "action");
        actor = text(actor, "actor", MAX_NAME, false);
        subject = text(subject, "subject", MAX_NAME, false);
        subjectName = text(subjectName, "subjectName", MAX_NAME, true);
        detail = text(detail, "detail", MAX_DETAIL, true);
        units = Set.copyOf(requireNonNull(units, "units"));
        if (units.isEmpty()) {
            throw CivilityException.of(AuditError.ENTRY_INVALID, "field", "units", "max", 0);
        }
    }

    private static String text(String text, String field, int max, boolean blankAllowed) {
        String t = text == null ? "" : text.strip();
        if ((!blankAllowed && t.isEmpty()) || t.length() > max) {
            throw CivilityException.of(AuditError.ENTRY_INVALID, "field", field, "max", max);
        }
        return t;
    }
}
