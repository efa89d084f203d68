package org.civility.core.assistance;

import org.civility.core.organisation.UnitId;
import org.civility.core.volunteer.VolunteerId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A pairing as an actor may see it. Visit notes belong to the recipient's details: they are empty
 * unless {@code detailsVisible} (R-HELP-1).
 *
 * @param lastVisitOn    the date of the last visit up to today, if any
 * @param visitDueBy     the last day of the current interval
 * @param daysOverdue    days past {@code visitDueBy} today, 0 if not overdue
 * @param detailsVisible whether the actor may see the recipient's details (and so the visit notes)
 */
public record CarePairingView(CarePairingId id, CareRecipientId recipient, UnitId unit, CareCategory category,
                              List<VolunteerId> volunteers, int visitIntervalDays, LocalDate startedOn,
                              Optional<LocalDate> endedOn, List<Visit> visits, Optional<LocalDate> lastVisitOn,
                              LocalDate visitDueBy, long daysOverdue, boolean detailsVisible, long version) {

    public CarePairingView {
        requireNonNull(id, "id");
        requireNonNull(recipient, "recipient");
        requireNonNull(unit, "unit");
        requireNonNull(category, "category");
        volunteers = List.copyOf(volunteers);
        requireNonNull(startedOn, "startedOn");
        requireNonNull(endedOn, "endedOn");
        visits = List.copyOf(visits);
        requireNonNull(lastVisitOn, "lastVisitOn");
        requireNonNull(visitDueBy, "visitDueBy");
    }

    static CarePairingView of(CarePairing p, LocalDate today, boolean detailsVisible) {
        List<Visit> visits = detailsVisible ? p.visits() : p.visits().stream().map(Visit::withoutNotes).toList();
        return new CarePairingView(p.id(), p.recipient(), p.unit(), p.category(), p.volunteers(),
                p.visitIntervalDays(), p.startedOn(), p.endedOn(), visits, p.lastVisitOn(today), p.visitDueBy(today),
                p.daysOverdueOn(today), detailsVisible, p.version());
    }
}
