package org.civility.core.assistance;

import org.civility.core.organisation.UnitId;
import org.civility.core.volunteer.VolunteerId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One line of an {@link OverdueVisitsReport}: a pairing whose next visit is past due (R-HELP-1).
 * Carries no personal details of the recipient, only ids and the category.
 */
public record OverdueVisit(CarePairingId pairing, CareRecipientId recipient, UnitId unit, CareCategory category,
                           List<VolunteerId> volunteers, int visitIntervalDays, Optional<LocalDate> lastVisitOn,
                           LocalDate visitDueBy, long daysOverdue) {

    public OverdueVisit {
        requireNonNull(pairing, "pairing");
        requireNonNull(recipient, "recipient");
        requireNonNull(unit, "unit");
        requireNonNull(category, "category");
        volunteers = List.copyOf(volunteers);
        requireNonNull(lastVisitOn, "lastVisitOn");
        requireNonNull(visitDueBy, "visitDueBy");
    }

    static OverdueVisit of(CarePairing p, LocalDate asOf) {
        return new OverdueVisit(p.id(), p.recipient(), p.unit(), p.category(), p.volunteers(), p.visitIntervalDays(),
                p.lastVisitOn(asOf), p.visitDueBy(asOf), p.daysOverdueOn(asOf));
    }
}
