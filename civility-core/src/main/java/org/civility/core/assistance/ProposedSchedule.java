package org.civility.core.assistance;

import org.civility.core.organisation.UnitId;

import static java.util.Objects.requireNonNull;

/** What {@link VisitIntervalPolicy} looks at: a visit interval proposed for a pairing at a unit. */
public record ProposedSchedule(UnitId unit, int visitIntervalDays) {

    public ProposedSchedule {
        requireNonNull(unit, "unit");
    }
}
