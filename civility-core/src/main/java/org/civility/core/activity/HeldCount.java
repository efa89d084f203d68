package org.civility.core.activity;

import org.civility.core.organisation.UnitId;

import static java.util.Objects.requireNonNull;

/**
 * How many activities of one form a unit held in a period: one line of {@link ActivityRepository#heldCounts}.
 *
 * @param unit  the unit (exactly it, not the units below)
 * @param form  the practice form
 * @param count HELD activities of that form starting in the period, at least 1
 */
public record HeldCount(UnitId unit, PracticeForm form, int count) {

    public HeldCount {
        requireNonNull(unit, "unit");
        requireNonNull(form, "form");
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
    }
}
