package org.civility.core.assistance;

import org.civility.core.organisation.UnitId;

import java.time.LocalDate;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * R-HELP-1: the pairings at or below a unit whose next visit was past due on a date, most overdue
 * first (then by pairing id).
 */
public record OverdueVisitsReport(UnitId unit, LocalDate asOf, List<OverdueVisit> overdue) {

    public OverdueVisitsReport {
        requireNonNull(unit, "unit");
        requireNonNull(asOf, "asOf");
        overdue = List.copyOf(overdue);
    }
}
